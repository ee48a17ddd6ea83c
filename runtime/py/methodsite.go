package py

// DelAttr removes the class attribute name, if set.
func (c *Class) DelAttr(name string) {
	delete(c.Attrs, name)
	ClassChanged()
}

// MethodSite is the cache of one method-call site in compiled code
// (o.name(...)): the function LookupMethod last found on the class of an
// instance. It is reused while the receiver is an instance of the same
// class, no class has changed since, and the instance has no attribute of
// that name, which then saves the class's dictionary lookups.
type MethodSite struct {
	class *Class
	epoch uint64
	fn    *Function
}

// Lookup is LookupMethod(o, name) through the cache; a call site passes
// the same name every time.
func (s *MethodSite) Lookup(o Object, name string) (fn, self Object, e *Exc) {
	if v, ok := o.(*Instance); ok && v.Class == s.class && s.epoch == classEpoch {
		if len(v.Attrs) == 0 {
			return s.fn, v, nil
		}
		if _, shadowed := v.Attrs[name]; !shadowed {
			return s.fn, v, nil
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
