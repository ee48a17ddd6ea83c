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
	// slots caches slotNames (slotsKnown once computed); declared holds
	// every name the __slots__ of c and its bases list.
	slotsKnown bool
	slots      map[string]bool
	declared   map[string]bool
}

// slotNames returns the attribute names instances of c may have when c
// and every user class it derives from define __slots__, or nil when
// instances have a __dict__ (a class in the chain without __slots__, or
// "__dict__" among the slots).
func (c *Class) slotNames() map[string]bool {
	c.computeSlots()
	return c.slots
}

func (c *Class) computeSlots() {
	if c.slotsKnown {
		return
	}
	declared := map[string]bool{}
	hasDict := false
	for k := c; k != nil && k.Module != "builtins"; k = k.Base {
		decl, ok := k.Attrs["__slots__"]
		if !ok {
			hasDict = true
			continue
		}
		if s, ok := decl.(string); ok {
			decl = Tuple{s}
		}
		items, e := ToSlice(decl)
		if e != nil {
			hasDict = true
			continue
		}
		for _, it := range items {
			if s, ok := it.(string); ok {
				declared[s] = true
			}
		}
	}
	if declared["__dict__"] {
		hasDict = true
		delete(declared, "__dict__")
	}
	c.declared = declared
	if !hasDict {
		c.slots = declared
	}
	c.slotsKnown = true
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
