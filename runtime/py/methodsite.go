package py

// DelAttr removes the class attribute name, if set.
func (c *Class) DelAttr(name string) {
	delete(c.Attrs, name)
	ClassChanged()
}

// MethodSite is the cache of one method-call site in compiled code
// (o.name(...)): the function LookupMethod last found for the receiver's
// class. For an instance of a Python class it is reused while the
// receiver has the same class, no class has changed since, and the
// instance has no attribute of that name; for a built-in value (a list's
// append, a str's join), while the receiver has the same type. It saves
// the dictionary lookups of the method's name.
type MethodSite struct {
	class   *Class // the class of the instances fn is cached for, or nil
	builtin *Class // the built-in type fn is cached for, or nil
	epoch   uint64
	fn      *Function
}

// Lookup is LookupMethod(o, name) through the cache; a call site passes
// the same name every time. Its common case, an instance of the class the
// cache holds with no attributes of its own, is small enough to be inlined
// into the call site; lookup does the rest.
func (s *MethodSite) Lookup(o Object, name string) (fn, self Object, e *Exc) {
	if v, ok := o.(*Instance); ok && v.Class == s.class && s.epoch == classEpoch && len(v.Attrs) == 0 {
		return s.fn, v, nil
	}
	return s.lookup(o, name)
}

// lookup is Lookup's general case.
func (s *MethodSite) lookup(o Object, name string) (fn, self Object, e *Exc) {
	switch v := o.(type) {
	case *Instance:
		if v.Class == s.class && s.epoch == classEpoch {
			if _, shadowed := v.Attrs[name]; !shadowed {
				return s.fn, v, nil
			}
		}
	case *Class, *Exc, *Module:
	default:
		t := TypeOf(o)
		if t == s.builtin && s.epoch == classEpoch {
			return s.fn, o, nil
		}
		if m, ok := lookupBuiltinMethod(t, name); ok {
			*s = MethodSite{builtin: t, epoch: classEpoch, fn: m}
			return m, o, nil
		}
	}
	fn, self, e = LookupMethod(o, name)
	if v, ok := o.(*Instance); ok && e == nil && self != nil {
		if f, ok := fn.(*Function); ok {
			*s = MethodSite{class: v.Class, epoch: classEpoch, fn: f}
		}
	}
	return fn, self, e
}
