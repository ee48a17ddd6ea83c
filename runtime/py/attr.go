package py

import "math/big"

// Module is a Python module object (time, random, sys, ...).
type Module struct {
	Name  string
	Attrs map[string]Object
	// Patched is set once the program assigns one of the module's
	// attributes; fast paths that bypass the attribute lookup (compiled
	// asyncio.sleep calls) then take the ordinary path.
	Patched bool
}

// Type implements Typed.
func (m *Module) Type() *Class { return ModuleType }

// GetAttr is o.name.
func GetAttr(o Object, name string) (Object, *Exc) {
	switch v := o.(type) {
	case *Instance:
		return instanceGetAttr(v, v.Class, v.Attrs, name)
	case *Class:
		return classGetAttr(v, name)
	case *Exc:
		return excGetAttr(v, name)
	case *Module:
		if a, ok := v.Attrs[name]; ok {
			return a, nil
		}
		if name == "__name__" {
			return v.Name, nil
		}
		return nil, Errorf(AttributeError, "module '%s' has no attribute '%s'", v.Name, name)
	case *Function:
		switch name {
		case "__name__":
			return v.Name, nil
		case "__qualname__":
			return v.QualName, nil
		case "__module__":
			return v.Module, nil
		}
		if a, ok := v.Attrs[name]; ok {
			return a, nil
		}
		if name == "__doc__" && !v.Builtin {
			if v.Code != nil && v.Code.Doc != nil {
				return v.Code.Doc, nil
			}
			return None, nil
		}
	case *Method:
		switch name {
		case "__self__":
			return v.Self, nil
		case "__func__":
			return v.Func, nil
		}
		return GetAttr(v.Func, name)
	case *Slice:
		switch name {
		case "start":
			return v.Start, nil
		case "stop":
			return v.Stop, nil
		case "step":
			return v.Step, nil
		}
	case *Range:
		switch name {
		case "start":
			return v.Start, nil
		case "stop":
			return v.Stop, nil
		case "step":
			return v.Step, nil
		}
	case int, bool, *big.Int:
		switch name {
		case "real", "numerator":
			return Pos(o)
		case "imag":
			return 0, nil
		case "denominator":
			return 1, nil
		}
	case float64:
		switch name {
		case "real":
			return v, nil
		case "imag":
			return 0.0, nil
		}
	}
	if m, ok := lookupBuiltinMethod(TypeOf(o), name); ok {
		return &Method{Self: o, Func: m}, nil
	}
	if get, ok := builtinProperties[TypeOf(o)][name]; ok {
		return get(o)
	}
	if name == "__class__" {
		return TypeOf(o), nil
	}
	if g, ok := o.(attrGetter); ok {
		if r, ok, e := g.getAttr(name); ok || e != nil {
			return r, e
		}
	}
	return nil, Errorf(AttributeError, "'%s' object has no attribute '%s'", TypeName(o), name)
}

// attrGetter is implemented by runtime types with attributes of their own
// (generators, files).
type attrGetter interface {
	getAttr(name string) (Object, bool, *Exc)
}

func instanceGetAttr(self Object, c *Class, attrs map[string]Object, name string) (Object, *Exc) {
	cv, inClass := c.Lookup(name)
	if p, ok := cv.(*Property); ok && inClass {
		if p.Get == nil {
			return nil, Errorf(AttributeError, "property '%s' of '%s' object has no getter", name, c.Name)
		}
		return Call(p.Get, []Object{self}, nil)
	}
	if a, ok := attrs[name]; ok {
		return a, nil
	}
	if inClass {
		return bindClassAttr(self, c, cv), nil
	}
	switch name {
	case "__class__":
		return c, nil
	case "__dict__":
		if c.slotNames() == nil {
			return attrDict(self, withoutSlots(c, attrs)), nil
		}
	}
	return nil, Errorf(AttributeError, "'%s' object has no attribute '%s'", c.Name, name)
}

func bindClassAttr(self Object, c *Class, cv Object) Object {
	switch f := cv.(type) {
	case *Function:
		return &Method{Self: self, Func: f}
	case *StaticMethod:
		return f.Func
	case *ClassMethod:
		// Bound to the class of the object the lookup started from, which
		// for super() is not the class the method was found on.
		if sc, ok := self.(*Class); ok {
			return &Method{Self: sc, Func: f.Func}
		}
		return &Method{Self: TypeOf(self), Func: f.Func}
	}
	return cv
}

func classGetAttr(c *Class, name string) (Object, *Exc) {
	if cv, ok := c.Lookup(name); ok {
		switch f := cv.(type) {
		case *StaticMethod:
			return f.Func, nil
		case *ClassMethod:
			return &Method{Self: c, Func: f.Func}, nil
		}
		return cv, nil
	}
	switch name {
	case "__name__":
		return c.Name, nil
	case "__qualname__":
		return c.Name, nil
	case "__module__":
		return c.Module, nil
	case "__base__":
		if c.Base == nil {
			return None, nil
		}
		return c.Base, nil
	case "__bases__":
		if c.Base == nil {
			return Tuple{}, nil
		}
		return Tuple{c.Base}, nil
	case "__mro__":
		var mro Tuple
		for k := c; k != nil; k = k.Base {
			mro = append(mro, k)
		}
		return mro, nil
	}
	if m, ok := lookupBuiltinMethod(c, name); ok {
		return m, nil
	}
	if m, ok := classStatics[c][name]; ok {
		return m, nil
	}
	return nil, Errorf(AttributeError, "type object '%s' has no attribute '%s'", c.Name, name)
}

func excGetAttr(e *Exc, name string) (Object, *Exc) {
	switch name {
	case "args":
		return e.Args, nil
	case "__cause__":
		if e.Cause == nil {
			return None, nil
		}
		return e.Cause, nil
	case "__context__":
		if e.Context == nil {
			return None, nil
		}
		return e.Context, nil
	case "__suppress_context__":
		return e.SuppressContext, nil
	case "__class__":
		return e.Class, nil
	case "__traceback__":
		return None, nil
	}
	if a, ok := e.Attrs[name]; ok {
		return a, nil
	}
	if cv, ok := e.Class.Lookup(name); ok {
		if p, ok := cv.(*Property); ok {
			return Call(p.Get, []Object{e}, nil)
		}
		return bindClassAttr(e, e.Class, cv), nil
	}
	switch {
	case name == "value" && (e.Matches(StopIteration) || e.Matches(StopAsyncIteration)):
		if len(e.Args) > 0 {
			return e.Args[0], nil
		}
		return None, nil
	case name == "code" && e.Matches(SystemExit):
		switch len(e.Args) {
		case 0:
			return None, nil
		case 1:
			return e.Args[0], nil
		}
		return e.Args, nil
	case name == "message" && e.Matches(BaseExceptionGroup) && len(e.Args) > 0:
		return e.Args[0], nil
	case name == "exceptions" && e.Matches(BaseExceptionGroup):
		t := make(Tuple, len(e.Group))
		for i, x := range e.Group {
			t[i] = x
		}
		return t, nil
	case (name == "errno" || name == "strerror" || name == "filename") && e.Matches(OSError):
		if len(e.Args) >= 2 {
			switch name {
			case "errno":
				return e.Args[0], nil
			case "strerror":
				return e.Args[1], nil
			}
			if len(e.Args) >= 3 {
				return e.Args[2], nil
			}
		}
		return None, nil
	case name == "add_note" || name == "with_traceback":
		ensureMethods()
		return &Method{Self: e, Func: excMethods[name]}, nil
	case (name == "split" || name == "subgroup" || name == "derive") && e.Group != nil:
		ensureMethods()
		return &Method{Self: e, Func: excMethods[name]}, nil
	}
	return nil, Errorf(AttributeError, "'%s' object has no attribute '%s'", e.Class.Name, name)
}

// SetAttr is o.name = value.
func SetAttr(o Object, name string, value Object) *Exc {
	switch v := o.(type) {
	case *Instance:
		if sa, ok := v.Class.Lookup("__setattr__"); ok && sa != Object(objectSetAttr) {
			_, e := Call(sa, []Object{v, name, value}, nil)
			return e
		}
		return setInstanceAttr(v, name, value)
	case *Class:
		v.SetMethod(name, value)
		return nil
	case *Exc:
		switch name {
		case "__cause__":
			c, _ := value.(*Exc)
			v.Cause = c
			v.SuppressContext = true
			return nil
		case "__context__":
			c, _ := value.(*Exc)
			v.Context = c
			return nil
		case "__suppress_context__":
			t, e := Truth(value)
			v.SuppressContext = t
			return e
		case "args":
			items, e := ToSlice(value)
			v.Args = Tuple(append([]Object(nil), items...))
			return e
		}
		if v.Attrs == nil {
			v.Attrs = map[string]Object{}
		}
		v.Attrs[name] = value
		return nil
	case *Function:
		if v.Attrs == nil {
			v.Attrs = map[string]Object{}
		}
		v.Attrs[name] = value
		return nil
	case *Module:
		v.Attrs[name] = value
		v.Patched = true
		return nil
	}
	ensureMethods()
	if _, ok := builtinMethods[TypeOf(o)][name]; ok {
		return Errorf(AttributeError, "'%s' object attribute '%s' is read-only", TypeName(o), name)
	}
	return Errorf(AttributeError, "'%s' object has no attribute '%s'", TypeName(o), name)
}

// DelAttr is del o.name.
func DelAttr(o Object, name string) *Exc {
	switch v := o.(type) {
	case *Instance:
		if da, ok := v.Class.Lookup("__delattr__"); ok && da != Object(objectDelAttr) {
			_, e := Call(da, []Object{v, name}, nil)
			return e
		}
		return delInstanceAttr(v, name)
	case *Exc:
		if _, ok := v.Attrs[name]; ok {
			delete(v.Attrs, name)
			return nil
		}
	}
	return Errorf(AttributeError, "'%s' object has no attribute '%s'", TypeName(o), name)
}

// HasAttr is hasattr(o, name): true when GetAttr succeeds; exceptions
// other than AttributeError propagate.
func HasAttr(o Object, name string) (bool, *Exc) {
	_, e := GetAttr(o, name)
	if e == nil {
		return true, nil
	}
	if e.Matches(AttributeError) {
		return false, nil
	}
	return false, e
}

// CallMethod is o.name(*args, **kw) without allocating a bound method for
// built-in types.
func CallMethod(o Object, name string, args []Object, kw []Kwarg) (Object, *Exc) {
	switch o.(type) {
	case *Instance, *Class, *Exc, *Module:
	default:
		if m, ok := lookupBuiltinMethod(TypeOf(o), name); ok {
			full := make([]Object, 0, len(args)+1)
			full = append(append(full, o), args...)
			return m.Fn(full, kw)
		}
	}
	f, e := GetAttr(o, name)
	if e != nil {
		return nil, e
	}
	return Call(f, args, kw)
}

// lookupBuiltinMethod finds a method of a built-in type or its bases.
func lookupBuiltinMethod(c *Class, name string) (*Function, bool) {
	ensureMethods()
	for k := c; k != nil; k = k.Base {
		if m, ok := builtinMethods[k][name]; ok {
			return m, true
		}
	}
	return nil, false
}

// withoutSlots returns attrs less the attributes stored in slots that c
// or its bases declare, which a __dict__ does not show.
func withoutSlots(c *Class, attrs map[string]Object) map[string]Object {
	c.computeSlots()
	if len(c.declared) == 0 {
		return attrs
	}
	out := make(map[string]Object, len(attrs))
	for k, v := range attrs {
		if !c.declared[k] {
			out[k] = v
		}
	}
	return out
}
