package py

import "unsafe"

// A method call o.name(args) compiles to LookupMethod followed by CallSelf:
// the attribute is looked up before the arguments are evaluated, as in
// CPython, but a method found on the class is not bound into a *Method
// object, and the arguments go to the function in one slice.

// methodCache remembers, for LookupMethod, which function a class's
// attribute lookup found for a name: a direct-mapped table indexed by the
// class's address and the address of the name's bytes (generated code
// passes string constants), so that a hit costs no string hashing. Any
// change to any class's attributes (SetMethod, ClassChanged) empties it by
// moving classEpoch on. Only a GIL holder reads or writes it.
var (
	methodCache [512]methodCacheEntry
	classEpoch  uint64 = 1
)

type methodCacheEntry struct {
	cls   *Class
	name  string
	fn    *Function
	epoch uint64
}

func methodCacheSlot(c *Class, name string) *methodCacheEntry {
	h := uintptr(unsafe.Pointer(c))>>4 ^ uintptr(unsafe.Pointer(unsafe.StringData(name)))*0x9E3779B1
	return &methodCache[(h>>7)%uintptr(len(methodCache))]
}

// cachedMethod returns the function c.Lookup(name) found last time, if no
// class has changed since; nil otherwise.
func cachedMethod(c *Class, name string) *Function {
	if s := methodCacheSlot(c, name); s.epoch == classEpoch && s.cls == c && s.name == name {
		return s.fn
	}
	return nil
}

func cacheMethod(c *Class, name string, f *Function) {
	*methodCacheSlot(c, name) = methodCacheEntry{cls: c, name: name, fn: f, epoch: classEpoch}
}

// ClassChanged must be called after changing a class's Attrs other than
// through SetMethod once instances of it may exist, so that method lookups
// see the change.
func ClassChanged() { classEpoch++ }

// LookupMethod is the attribute lookup of a method call o.name(...). When
// the attribute is a function o's type defines (and o does not shadow), it
// returns that function and o as its self; otherwise it returns the
// attribute, exactly as GetAttr does, and a nil self.
func LookupMethod(o Object, name string) (fn, self Object, e *Exc) {
	switch v := o.(type) {
	case *Instance:
		f := cachedMethod(v.Class, name)
		if f == nil {
			if cv, ok := v.Class.Lookup(name); ok {
				f, _ = cv.(*Function)
				if f != nil {
					cacheMethod(v.Class, name, f)
				}
			}
		}
		if f != nil {
			if _, shadowed := v.Attrs[name]; !shadowed {
				return f, v, nil
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
