package rt

import (
	"github.com/asyncgen/asyncgen/runtime/py"
	"github.com/asyncgen/asyncgen/runtime/pymod"
)

// ClassAttr is one name a class body bound, in the order the compiler
// lists them. A nil Value is a name the body declared but left unbound
// (an annotation without a value, a deleted name): it is not stored.
type ClassAttr struct {
	Name  string
	Value py.Object
}

// NewClass creates the class of a class statement from its evaluated bases
// and the names its body bound, and stores it in cell (the implicit
// __class__ variable of its methods) when cell is not nil.
func NewClass(name, qualname string, bases []py.Object, attrs []ClassAttr, cell *py.Object) (py.Object, *py.Exc) {
	base := py.ObjectClass
	switch len(bases) {
	case 0:
	case 1:
		if f, ok := bases[0].(*py.Function); ok && f == pymod.TypingNamedTuple {
			return namedTupleClass(name, qualname, attrs, cell)
		}
		b, ok := bases[0].(*py.Class)
		if !ok {
			return nil, py.Errorf(py.TypeError, "class %s: base must be a class, not '%s'", name, py.TypeName(bases[0]))
		}
		base = b
	default:
		return nil, py.Errorf(py.TypeError, "class %s: multiple inheritance is not supported by asyncgen", name)
	}
	cls := py.NewClass(name, "__main__", base)
	cls.SetMethod("__module__", "__main__")
	cls.SetMethod("__qualname__", qualname)
	cls.SetMethod("__doc__", py.None)
	for _, a := range attrs {
		if a.Value != nil {
			cls.SetMethod(a.Name, a.Value)
		}
	}
	if _, hasEq := cls.Attrs["__eq__"]; hasEq {
		if _, hasHash := cls.Attrs["__hash__"]; !hasHash {
			// Defining __eq__ without __hash__ makes instances unhashable.
			cls.SetMethod("__hash__", py.None)
		}
	}
	names := make([]string, 0, len(attrs))
	for _, a := range attrs {
		if a.Value != nil {
			names = append(names, a.Name)
		}
	}
	if e := py.ClassCreated(cls, names); e != nil {
		return nil, e
	}
	if cell != nil {
		*cell = cls
	}
	return cls, nil
}

// namedTupleClass is NewClass for "class name(NamedTuple):".
func namedTupleClass(name, qualname string, attrs []ClassAttr, cell *py.Object) (py.Object, *py.Exc) {
	byName := map[string]py.Object{}
	var order []string
	for _, a := range attrs {
		if a.Value != nil {
			byName[a.Name] = a.Value
			order = append(order, a.Name)
		}
	}
	cls, e := pymod.NamedTupleFromBody(name, byName, order)
	if e != nil {
		return nil, e
	}
	cls.SetMethod("__qualname__", qualname)
	if _, ok := byName["__doc__"]; !ok {
		cls.SetMethod("__doc__", py.None)
	}
	if cell != nil {
		*cell = cls
	}
	return cls, nil
}

// Super is super() without arguments inside a method: cell is the method's
// __class__ variable (nil until the class statement finished) and self its
// first argument.
func Super(cell, self py.Object) (py.Object, *py.Exc) {
	cls, ok := cell.(*py.Class)
	if !ok {
		return nil, py.Errorf(py.RuntimeError, "super(): empty __class__ cell")
	}
	return py.NewSuperChecked(cls, self)
}

// SuperOutsideMethod is super() without arguments in a function that is
// not a method: it always raises, saying that the function has no
// parameters when hasArgs is false.
func SuperOutsideMethod(hasArgs bool) (py.Object, *py.Exc) {
	if !hasArgs {
		return nil, py.Errorf(py.RuntimeError, "super(): no arguments")
	}
	return nil, py.Errorf(py.RuntimeError, "super(): __class__ cell not found")
}
