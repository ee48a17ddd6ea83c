package py

import (
	"fmt"
	"sort"
	"strings"
)

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

// qualName is the class's __qualname__ as its class statement set it
// ("Outer.Inner", "f.<locals>.C"), or its name.
func (c *Class) qualName() string {
	if q, ok := c.Attrs["__qualname__"].(string); ok {
		return q
	}
	return c.Name
}

// objectSetAttr and objectDelAttr are object.__setattr__ and
// object.__delattr__: the default attribute assignment, which a class's
// own __setattr__ reaches through super() (objectDunder) or object
// (classStatics). They are kept out of object's Attrs so that looking up
// a name a class does not define stays one map probe per class.
var objectSetAttr, objectDelAttr *Function

func init() {
	objectSetAttr = NewBuiltin("__setattr__", func(args []Object, kw []Kwarg) (Object, *Exc) {
		if len(args) != 3 || len(kw) > 0 {
			return nil, Errorf(TypeError, "expected 3 arguments, got %d", len(args))
		}
		name, ok := args[1].(string)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(args[1]))
		}
		inst, ok := args[0].(*Instance)
		if !ok {
			return None, SetAttr(args[0], name, args[2])
		}
		return None, setInstanceAttr(inst, name, args[2])
	})
	objectDelAttr = NewBuiltin("__delattr__", func(args []Object, kw []Kwarg) (Object, *Exc) {
		if len(args) != 2 || len(kw) > 0 {
			return nil, Errorf(TypeError, "expected 2 arguments, got %d", len(args))
		}
		name, ok := args[1].(string)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(args[1]))
		}
		inst, ok := args[0].(*Instance)
		if !ok {
			return None, DelAttr(args[0], name)
		}
		return None, delInstanceAttr(inst, name)
	})
	if classStatics[ObjectClass] == nil {
		classStatics[ObjectClass] = map[string]Object{}
	}
	classStatics[ObjectClass]["__setattr__"] = objectSetAttr
	classStatics[ObjectClass]["__delattr__"] = objectDelAttr
}

// setInstanceAttr is object.__setattr__ on an instance: a property's
// setter, or the instance's own attribute.
func setInstanceAttr(v *Instance, name string, value Object) *Exc {
	if cv, ok := v.Class.Lookup(name); ok {
		if p, ok := cv.(*Property); ok {
			if p.Set == nil {
				return Errorf(AttributeError, "property '%s' of '%s' object has no setter", name, v.Class.Name)
			}
			_, e := Call(p.Set, []Object{v, value}, nil)
			return e
		}
	}
	if slots := v.Class.slotNames(); slots != nil && !slots[name] {
		return Errorf(AttributeError, "'%s' object has no attribute '%s'", v.Class.Name, name)
	}
	v.Store(name, value)
	return nil
}

// delInstanceAttr is object.__delattr__ on an instance: a property's
// deleter, or removing the instance's own attribute.
func delInstanceAttr(v *Instance, name string) *Exc {
	if cv, ok := v.Class.Lookup(name); ok {
		if p, ok := cv.(*Property); ok {
			if p.Del == nil {
				return Errorf(AttributeError, "property '%s' of '%s' object has no deleter", name, v.Class.Name)
			}
			_, e := Call(p.Del, []Object{v}, nil)
			return e
		}
	}
	if v.Delete(name) {
		return nil
	}
	return Errorf(AttributeError, "'%s' object has no attribute '%s'", v.Class.Name, name)
}

// Store sets the instance attribute name, remembering the order in which
// attributes were first set, which __dict__ follows as CPython's does.
func (i *Instance) Store(name string, v Object) {
	if i.Attrs == nil {
		i.Attrs = map[string]Object{}
	}
	if _, ok := i.Attrs[name]; !ok {
		i.order = append(i.order, name)
	}
	i.Attrs[name] = v
}

// Delete removes the instance attribute name and reports whether it was
// set.
func (i *Instance) Delete(name string) bool {
	if _, ok := i.Attrs[name]; !ok {
		return false
	}
	delete(i.Attrs, name)
	for j, n := range i.order {
		if n == name {
			i.order = append(i.order[:j], i.order[j+1:]...)
			break
		}
	}
	return true
}

// attrDict is o.__dict__ for an object whose attributes are attrs: a new
// dict in the order Store set them; attributes Go code put straight into
// the map follow, sorted by name so the result is deterministic.
func attrDict(o Object, attrs map[string]Object) *Dict {
	d := NewDict()
	if inst, ok := o.(*Instance); ok {
		for _, k := range inst.order {
			if v, ok := attrs[k]; ok {
				d.SetStr(k, v)
			}
		}
	}
	var rest []string
	for k := range attrs {
		if _, done := d.GetStr(k); !done {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	for _, k := range rest {
		d.SetStr(k, attrs[k])
	}
	return d
}

// objectDunder returns object's (or, for exceptions, BaseException's)
// special method name bound to self, for super().__repr__() and the like
// in a class that overrides it.
func objectDunder(self Object, name string) (Object, bool) {
	var fn func(args []Object) (Object, *Exc)
	nargs := 0
	switch name {
	case "__repr__":
		fn = func([]Object) (Object, *Exc) {
			if e, ok := self.(*Exc); ok {
				return ReprExc(e), nil
			}
			return fmt.Sprintf("<%s object at %p>", classPath(TypeOf(self)), self), nil
		}
	case "__str__":
		fn = func([]Object) (Object, *Exc) {
			if e, ok := self.(*Exc); ok {
				return e.Message(), nil
			}
			return ReprE(self)
		}
	case "__hash__":
		fn = func([]Object) (Object, *Exc) { return identityHash(self), nil }
	case "__eq__", "__ne__":
		nargs = 1
		fn = func(a []Object) (Object, *Exc) {
			if a[0] != self {
				return NotImplemented, nil
			}
			return name == "__eq__", nil
		}
	case "__format__":
		nargs = 1
		fn = func(a []Object) (Object, *Exc) {
			if spec, _ := a[0].(string); spec != "" {
				return nil, Errorf(TypeError, "unsupported format string passed to %s.__format__", TypeName(self))
			}
			return StrE(self)
		}
	case "__setattr__", "__delattr__":
		return &Method{Self: self, Func: classStatics[ObjectClass][name]}, true
	default:
		return nil, false
	}
	return NewBuiltin(name, func(args []Object, kw []Kwarg) (Object, *Exc) {
		if len(args) != nargs || len(kw) > 0 {
			return nil, Errorf(TypeError, "%s() takes exactly %d argument (%d given)", name, nargs, len(args))
		}
		return fn(args)
	}), true
}

// ABCClass is abc.ABC. Instantiating a subclass of it that still has
// abstract methods (functions marked by abc.abstractmethod, directly or
// under property, staticmethod or classmethod) raises TypeError.
var ABCClass = NewClass("ABC", "abc", ObjectClass)

// abstractError returns the TypeError of instantiating c when c derives
// from ABC and leaves abstract methods undefined, or nil.
func (c *Class) abstractError() *Exc {
	if !c.IsSubclass(ABCClass) {
		return nil
	}
	var names []string
	seen := map[string]bool{}
	for k := c; k != nil; k = k.Base {
		for name := range k.Attrs {
			if seen[name] {
				continue
			}
			seen[name] = true
			if v, _ := c.Lookup(name); IsAbstract(v) {
				names = append(names, name)
			}
		}
	}
	if len(names) == 0 {
		return nil
	}
	sort.Strings(names)
	plural := ""
	if len(names) > 1 {
		plural = "s"
	}
	return Errorf(TypeError, "Can't instantiate abstract class %s with abstract method%s %s", c.Name, plural, strings.Join(names, ", "))
}

// IsAbstract reports whether a class attribute is an abstract method: a
// function whose __isabstractmethod__ is true, or a property,
// staticmethod or classmethod wrapping one.
func IsAbstract(v Object) bool {
	switch f := v.(type) {
	case *Function:
		t, _ := f.Attrs["__isabstractmethod__"].(bool)
		return t
	case *Property:
		return IsAbstract(f.Get) || IsAbstract(f.Set) || IsAbstract(f.Del)
	case *StaticMethod:
		return IsAbstract(f.Func)
	case *ClassMethod:
		return IsAbstract(f.Func)
	}
	return false
}
