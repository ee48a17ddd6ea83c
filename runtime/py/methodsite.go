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
	class   *Class
	epoch   uint64
	fn      *Function
	builtin bool // fn is a built-in type's method, class that type
}

// Lookup is LookupMethod(o, name) through the cache; a call site passes
// the same name every time.
func (s *MethodSite) Lookup(o Object, name string) (fn, self Object, e *Exc) {
	switch v := o.(type) {
	case *Instance:
		if v.Class == s.class && s.epoch == classEpoch && !s.builtin {
			if len(v.Attrs) == 0 {
				return s.fn, v, nil
			}
			if _, shadowed := v.Attrs[name]; !shadowed {
				return s.fn, v, nil
			}
		}
	case *Class, *Exc, *Module:
	default:
		if s.builtin && s.epoch == classEpoch && TypeOf(o) == s.class {
			return s.fn, o, nil
		}
		t := TypeOf(o)
		if m, ok := lookupBuiltinMethod(t, name); ok {
			*s = MethodSite{class: t, epoch: classEpoch, fn: m, builtin: true}
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
