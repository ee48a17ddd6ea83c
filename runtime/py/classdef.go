package py

// This file holds what class statements need beyond class.go: the
// attributes of property, staticmethod and classmethod objects (the
// decorators "@x.setter" uses) and the two-argument super builtin.

func init() {
	defType(superType, func(args []Object, kw []Kwarg) (Object, *Exc) {
		if len(kw) > 0 {
			return nil, Errorf(TypeError, "super() takes no keyword arguments")
		}
		switch len(args) {
		case 0:
			return nil, Errorf(RuntimeError, "super(): no arguments")
		case 2:
			cls, ok := args[0].(*Class)
			if !ok {
				return nil, Errorf(TypeError, "super() argument 1 must be a type, not %s", TypeName(args[0]))
			}
			return NewSuperChecked(cls, args[1])
		}
		return nil, Errorf(TypeError, "super() takes 2 arguments in asyncgen (%d given)", len(args))
	})
}

// NewSuperChecked is super(cls, self) with CPython's check that self is an
// instance or a subclass of cls.
func NewSuperChecked(cls *Class, self Object) (*Super, *Exc) {
	if c, ok := self.(*Class); ok && c.IsSubclass(cls) {
		return NewSuper(cls, self), nil
	}
	if !TypeOf(self).IsSubclass(cls) {
		return nil, Errorf(TypeError, "super(type, obj): obj must be an instance or subtype of type")
	}
	return NewSuper(cls, self), nil
}

// Type implements Typed.
func (p *Property) Type() *Class { return PropertyType }

func (p *Property) getAttr(name string) (Object, bool, *Exc) {
	with := func(kind string, set func(q *Property, f Object)) *Function {
		return NewBuiltin(kind, func(args []Object, kw []Kwarg) (Object, *Exc) {
			if len(args) != 1 || len(kw) > 0 {
				return nil, Errorf(TypeError, "%s() takes exactly one argument (%d given)", kind, len(args))
			}
			q := *p
			set(&q, args[0])
			return &q, nil
		})
	}
	switch name {
	case "setter":
		return with("setter", func(q *Property, f Object) { q.Set = f }), true, nil
	case "getter":
		return with("getter", func(q *Property, f Object) { q.Get = f }), true, nil
	case "deleter":
		return with("deleter", func(q *Property, f Object) { q.Del = f }), true, nil
	case "fget":
		return noneIfNil(p.Get), true, nil
	case "fset":
		return noneIfNil(p.Set), true, nil
	case "fdel":
		return noneIfNil(p.Del), true, nil
	}
	return nil, false, nil
}

func noneIfNil(o Object) Object {
	if o == nil {
		return None
	}
	return o
}

// Type implements Typed.
func (s *StaticMethod) Type() *Class { return StaticMethodType }

func (s *StaticMethod) getAttr(name string) (Object, bool, *Exc) {
	if name == "__func__" {
		return s.Func, true, nil
	}
	return nil, false, nil
}

// Type implements Typed.
func (c *ClassMethod) Type() *Class { return ClassMethodType }

func (c *ClassMethod) getAttr(name string) (Object, bool, *Exc) {
	if name == "__func__" {
		return c.Func, true, nil
	}
	return nil, false, nil
}
