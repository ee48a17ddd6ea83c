package py

// A method call o.name(args) compiles to LookupMethod followed by CallSelf:
// the attribute is looked up before the arguments are evaluated, as in
// CPython, but a method found on the class is not bound into a *Method
// object, and the arguments go to the function in one slice.

// LookupMethod is the attribute lookup of a method call o.name(...). When
// the attribute is a function o's type defines (and o does not shadow), it
// returns that function and o as its self; otherwise it returns the
// attribute, exactly as GetAttr does, and a nil self.
func LookupMethod(o Object, name string) (fn, self Object, e *Exc) {
	switch v := o.(type) {
	case *Instance:
		if cv, ok := v.Class.Lookup(name); ok {
			if f, ok := cv.(*Function); ok {
				if _, shadowed := v.Attrs[name]; !shadowed {
					return f, v, nil
				}
			}
		}
	case *Class, *Exc, *Module:
	default:
		if m, ok := lookupBuiltinMethod(TypeOf(o), name); ok {
			return m, o, nil
		}
	}
	a, e := GetAttr(o, name)
	return a, nil, e
}

// CallSelf calls what LookupMethod returned. args[0] is a free slot for
// self: it is set to self, or dropped when self is nil.
func CallSelf(fn, self Object, args []Object, kw []Kwarg) (Object, *Exc) {
	if self == nil {
		return Call(fn, args[1:], kw)
	}
	args[0] = self
	return Call(fn, args, kw)
}

// CallLooked calls what LookupMethod returned with arguments that have no
// slot for self (a call with *starred arguments).
func CallLooked(fn, self Object, args []Object, kw []Kwarg) (Object, *Exc) {
	if self == nil {
		return Call(fn, args, kw)
	}
	full := make([]Object, 0, len(args)+1)
	return Call(fn, append(append(full, self), args...), kw)
}
