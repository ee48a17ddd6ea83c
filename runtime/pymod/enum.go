package pymod

import (
	"strings"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// Enum is the enum module: Enum, IntEnum, auto and unique. A class
// statement deriving from Enum turns the plain values its body binds into
// members (instances of the class with name and value), in order; aliases
// (a repeated value) name the first member. Color(1) finds a member by
// value, Color["RED"] by name, and iterating over the class or len() sees
// the members. Members compare by identity (IntEnum's also equal their
// int values).
var Enum = &py.Module{Name: "enum", Attrs: map[string]py.Object{}}

var (
	// EnumClass is enum.Enum.
	EnumClass = py.NewClass("Enum", "enum", py.ObjectClass)
	// IntEnumClass is enum.IntEnum: members are also ints.
	IntEnumClass = py.NewClass("IntEnum", "enum", EnumClass)
	autoClass    = py.NewClass("auto", "enum", py.ObjectClass)
)

// autoValue is enum.auto(): the member gets the previous int value + 1.
type autoValue struct{}

// Type implements py.Typed.
func (autoValue) Type() *py.Class { return autoClass }

// initEnum fills the module in on its first import (see Import).
func initEnum() {
	Enum.Attrs["Enum"] = EnumClass
	Enum.Attrs["IntEnum"] = IntEnumClass
	Enum.Attrs["auto"] = autoClass
	py.DefineConstructor(autoClass, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(args) > 0 || len(kw) > 0 {
			return nil, py.Errorf(py.TypeError, "auto() takes no arguments")
		}
		return autoValue{}, nil
	})
	Enum.Attrs["unique"] = py.NewBuiltin("unique", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(args) != 1 || len(kw) > 0 {
			return nil, py.Errorf(py.TypeError, "unique() takes exactly one argument")
		}
		cls, ok := args[0].(*py.Class)
		if !ok {
			return nil, py.Errorf(py.TypeError, "unique() expects an enum class")
		}
		var dups []string
		for name, v := range cls.Attrs {
			if m, ok := v.(*py.Instance); ok && m.Class == cls && m.Attrs["_name_"] != name {
				dups = append(dups, name+" -> "+py.Str(m.Attrs["_name_"]))
			}
		}
		if len(dups) > 0 {
			return nil, py.Errorf(py.ValueError, "duplicate values found in <enum '%s'>: %s", cls.Name, strings.Join(dups, ", "))
		}
		return cls, nil
	})
	method := func(cls *py.Class, name string, fn func(self *py.Instance, args []py.Object) (py.Object, *py.Exc)) {
		cls.SetMethod(name, py.NewBuiltin(name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			self, ok := args[0].(*py.Instance)
			if !ok {
				return nil, py.Errorf(py.TypeError, "descriptor '%s' needs an enum member", name)
			}
			return fn(self, args[1:])
		}))
	}
	method(EnumClass, "__repr__", func(m *py.Instance, _ []py.Object) (py.Object, *py.Exc) {
		return "<" + m.Class.Name + "." + py.Str(m.Attrs["_name_"]) + ": " + py.Repr(m.Attrs["_value_"]) + ">", nil
	})
	method(EnumClass, "__str__", func(m *py.Instance, _ []py.Object) (py.Object, *py.Exc) {
		return m.Class.Name + "." + py.Str(m.Attrs["_name_"]), nil
	})
	method(EnumClass, "__hash__", func(m *py.Instance, _ []py.Object) (py.Object, *py.Exc) {
		return py.Hash(m.Attrs["_name_"])
	})
	method(IntEnumClass, "__str__", func(m *py.Instance, _ []py.Object) (py.Object, *py.Exc) {
		return py.StrE(m.Attrs["_value_"])
	})
	method(IntEnumClass, "__format__", func(m *py.Instance, a []py.Object) (py.Object, *py.Exc) {
		spec, _ := a[0].(string)
		return py.Format(m.Attrs["_value_"], spec)
	})
	method(IntEnumClass, "__hash__", func(m *py.Instance, _ []py.Object) (py.Object, *py.Exc) {
		return py.Hash(m.Attrs["_value_"])
	})
	method(IntEnumClass, "__int__", func(m *py.Instance, _ []py.Object) (py.Object, *py.Exc) { return m.Attrs["_value_"], nil })
	method(IntEnumClass, "__index__", func(m *py.Instance, _ []py.Object) (py.Object, *py.Exc) { return m.Attrs["_value_"], nil })
	value := func(o py.Object) py.Object {
		if m, ok := o.(*py.Instance); ok && m.Class.IsSubclass(IntEnumClass) {
			return m.Attrs["_value_"]
		}
		return o
	}
	for name, cmp := range map[string]func(a, b py.Object) (bool, *py.Exc){
		"__eq__": py.Eq, "__ne__": py.Ne, "__lt__": py.Lt, "__le__": py.Le, "__gt__": py.Gt, "__ge__": py.Ge,
	} {
		cmp := cmp
		method(IntEnumClass, name, func(m *py.Instance, a []py.Object) (py.Object, *py.Exc) {
			return cmp(m.Attrs["_value_"], value(a[0]))
		})
	}
	for name, op := range map[string]func(a, b py.Object) (py.Object, *py.Exc){
		"__add__": py.Add, "__sub__": py.Sub, "__mul__": py.Mul,
	} {
		op := op
		method(IntEnumClass, name, func(m *py.Instance, a []py.Object) (py.Object, *py.Exc) {
			return op(m.Attrs["_value_"], value(a[0]))
		})
	}
	py.DefineClassBehavior(EnumClass, &py.ClassBehavior{
		Created: makeMembers,
		Members: func(cls *py.Class) []py.Object {
			names, _ := cls.Attrs["_member_names_"].(*py.List)
			if names == nil {
				return nil
			}
			out := make([]py.Object, len(names.Items))
			for i, n := range names.Items {
				out[i] = cls.Attrs[n.(string)]
			}
			return out
		},
		Item: func(cls *py.Class, key py.Object) (py.Object, *py.Exc) {
			if name, ok := key.(string); ok {
				if m, ok := cls.Attrs[name].(*py.Instance); ok && m.Class == cls {
					return m, nil
				}
			}
			return nil, py.NewExc(py.KeyError, key)
		},
	})
}

// makeMembers turns the plain values a subclass of Enum binds into its
// members, and makes calling the class look a member up by value.
func makeMembers(cls *py.Class, names []string) *py.Exc {
	var memberNames []py.Object
	byValue := py.NewDict()
	last := 0
	for _, name := range names {
		if strings.HasPrefix(name, "_") {
			continue
		}
		v := cls.Attrs[name]
		switch v.(type) {
		case *py.Function, *py.StaticMethod, *py.ClassMethod, *py.Property, *py.Class:
			continue
		case autoValue:
			v = last + 1
		}
		if n, ok := v.(int); ok {
			last = n
		}
		if cls.IsSubclass(IntEnumClass) {
			if _, ok := v.(int); !ok {
				return py.Errorf(py.ValueError, "%s is not a valid int for IntEnum %s", py.Repr(v), cls.Name)
			}
		}
		if existing, found, e := byValue.Get(v); e != nil {
			return e
		} else if found {
			cls.SetMethod(name, existing) // an alias
			continue
		}
		m := py.NewInstance(cls)
		m.Store("_name_", name)
		m.Store("_value_", v)
		m.Store("name", name)
		m.Store("value", v)
		cls.SetMethod(name, m)
		memberNames = append(memberNames, name)
		if e := byValue.Set(v, m); e != nil {
			return e
		}
	}
	cls.SetMethod("_member_names_", py.NewList(memberNames...))
	cls.SetMethod("_value2member_map_", byValue)
	py.DefineConstructor(cls, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(args) != 1 || len(kw) > 0 {
			return nil, py.Errorf(py.TypeError, "%s() takes exactly one argument", cls.Name)
		}
		m, found, e := byValue.Get(args[0])
		if e != nil {
			return nil, e
		}
		if !found {
			return nil, py.Errorf(py.ValueError, "%s is not a valid %s", py.Repr(args[0]), cls.Name)
		}
		return m, nil
	})
	return nil
}
