package py

// Instance is an instance of a user class (one that is not an exception
// class: those are *Exc). Attrs holds its instance attributes.
type Instance struct {
	Class *Class
	Attrs map[string]Object
	// order lists the names Store added to Attrs, first-set first: the
	// order __dict__ shows them in.
	order []string
	// Native is the Go state of an instance of a class implemented in Go
	// (collections.deque), set by that class's __init__.
	Native any
}

// NewInstance returns an instance of cls without calling __init__.
func NewInstance(cls *Class) *Instance {
	return &Instance{Class: cls, Attrs: map[string]Object{}}
}

// Type implements Typed.
func (i *Instance) Type() *Class { return i.Class }

// NotImplementedType is the type of NotImplemented.
type NotImplementedType struct{}

// NotImplemented is Python's NotImplemented, returned by binary dunder
// methods that do not handle their operand.
var NotImplemented = NotImplementedType{}

// SetMethod stores fn on the class under name (a "def" in a class body).
func (c *Class) SetMethod(name string, fn Object) {
	if c.Attrs == nil {
		c.Attrs = map[string]Object{}
	}
	c.Attrs[name] = fn
	classEpoch++
}

// classOf returns the class whose Python-defined dunders apply to o, or
// nil for values whose behaviour is built in.
func classOf(o Object) *Class {
	switch v := o.(type) {
	case *Instance:
		return v.Class
	case *Dict:
		return v.Class
	case *Exc:
		if v.Class.Module != "builtins" {
			return v.Class
		}
	}
	return nil
}

// callDunder calls o's Python-defined special method name with args. found
// is false when o is not a user object or its class does not define it.
func callDunder(o Object, name string, args ...Object) (Object, bool, *Exc) {
	c := classOf(o)
	if c == nil {
		return nil, false, nil
	}
	m, ok := c.Lookup(name)
	if !ok {
		return nil, false, nil
	}
	if m == None {
		return nil, false, nil
	}
	full := make([]Object, 0, len(args)+1)
	full = append(append(full, o), args...)
	switch f := m.(type) {
	case *StaticMethod:
		r, e := Call(f.Func, args, nil)
		return r, true, e
	case *ClassMethod:
		full[0] = c
		r, e := Call(f.Func, full, nil)
		return r, true, e
	}
	r, e := Call(m, full, nil)
	return r, true, e
}

// instantiate is cls(*args, **kw).
func (c *Class) instantiate(args []Object, kw []Kwarg) (Object, *Exc) {
	if ctor, ok := builtinConstructors[c]; ok {
		return ctor(args, kw)
	}
	if e := c.abstractError(); e != nil {
		return nil, e
	}
	if c.IsSubclass(BaseException) {
		if c == OSError && len(args) >= 2 {
			if n, ok := args[0].(int); ok {
				if sub, ok := errnoClasses[n]; ok {
					c = sub
				}
			}
		}
		exc := &Exc{Class: c, Args: Tuple(append([]Object(nil), args...))}
		if c.IsSubclass(BaseExceptionGroup) {
			if e := initGroup(exc, args); e != nil {
				return nil, e
			}
		}
		if init, ok := c.Lookup("__init__"); ok {
			full := append([]Object{exc}, args...)
			if _, e := Call(init, full, kw); e != nil {
				return nil, e
			}
		} else if len(kw) > 0 {
			return nil, Errorf(TypeError, "%s() takes no keyword arguments", c.Name)
		}
		return exc, nil
	}
	if ctor := c.builtinBase(); ctor != nil {
		return nil, Errorf(TypeError, "subclassing built-in type '%s' is not supported", ctor.Name)
	}
	inst := NewInstance(c)
	if init, ok := c.Lookup("__init__"); ok {
		full := append([]Object{inst}, args...)
		r, e := Call(init, full, kw)
		if e != nil {
			return nil, e
		}
		if r != None && r != nil {
			return nil, Errorf(TypeError, "__init__() should return None, not '%s'", TypeName(r))
		}
	} else if len(args) > 0 || len(kw) > 0 {
		return nil, Errorf(TypeError, "%s() takes no arguments", c.Name)
	}
	return inst, nil
}

// builtinBase returns the first built-in non-object ancestor of a user
// class, or nil.
func (c *Class) builtinBase() *Class {
	for k := c.Base; k != nil && k != ObjectClass; k = k.Base {
		if _, ok := builtinConstructors[k]; ok {
			return k
		}
	}
	return nil
}

// errnoClasses maps errno values to the OSError subclass OSError(errno,
// ...) constructs, as CPython does.
var errnoClasses = map[int]*Class{
	1: PermissionError, 2: FileNotFoundError, 3: ProcessLookupError, 4: InterruptedError,
	10: ChildProcessError, 11: BlockingIOError, 13: PermissionError, 17: FileExistsError,
	20: NotADirectoryError, 21: IsADirectoryError, 32: BrokenPipeError, 103: ConnectionAbortedError,
	104: ConnectionResetError, 110: TimeoutError, 111: ConnectionRefusedError,
}
