package py

// Class is a Python class: a built-in type, a built-in exception class or a
// user class. Classes form a single-inheritance tree.
type Class struct {
	// Name is the class's __name__, e.g. "ValueError".
	Name string
	// Module is the class's __module__: "builtins" for built-in classes,
	// "asyncio.exceptions" for asyncio.CancelledError, "__main__" for a
	// script's classes.
	Module string
	// Base is the primary base class; nil only for object.
	Base *Class
	// Extra lists further bases of built-in classes that have several
	// (ExceptionGroup derives from BaseExceptionGroup and Exception). User
	// classes have single inheritance and leave it empty.
	Extra []*Class
	// Attrs holds class attributes and methods by name (nil when none).
	Attrs map[string]Object
}

// NewClass returns a class named name in module with the given base.
func NewClass(name, module string, base *Class) *Class {
	return &Class{Name: name, Module: module, Base: base}
}

// IsSubclass reports whether c is other or derives from it.
func (c *Class) IsSubclass(other *Class) bool {
	for k := c; k != nil; k = k.Base {
		if k == other {
			return true
		}
		for _, x := range k.Extra {
			if x.IsSubclass(other) {
				return true
			}
		}
	}
	return false
}

// QualifiedName is the name a traceback's last line uses: the qualified
// name (__qualname__, "Outer.Inner" for a nested class) for builtins and
// __main__ classes, "module.QualName" otherwise (for example
// "asyncio.exceptions.CancelledError").
func (c *Class) QualifiedName() string {
	if c.Module == "builtins" || c.Module == "__main__" || c.Module == "" {
		return c.qualName()
	}
	return c.Module + "." + c.qualName()
}

// Lookup finds attribute name on c or its bases.
func (c *Class) Lookup(name string) (Object, bool) {
	for k := c; k != nil; k = k.Base {
		if v, ok := k.Attrs[name]; ok {
			return v, true
		}
	}
	return nil, false
}

// ObjectClass is Python's object, the root of every class.
var ObjectClass = &Class{Name: "object", Module: "builtins"}
