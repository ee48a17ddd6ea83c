package pymod

import (
	"strings"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// Typing is the typing module, for annotations only: its special forms
// and generic aliases can be subscripted and printed but check nothing.
// Generic and Protocol are plain classes (Generic[T] is Generic itself,
// so "class Box(Generic[T])" works); NamedTuple and TypedDict support
// their functional forms.
var Typing = &py.Module{Name: "typing", Attrs: map[string]py.Object{}}

// TypingNamedTuple is typing.NamedTuple (set when typing is first
// imported): called, it makes a namedtuple class from (name, type) pairs;
// a class statement deriving from it is built by NamedTupleFromBody.
var TypingNamedTuple *py.Function

// NamedTupleFromBody builds the class of "class name(NamedTuple):": its
// fields are the names annotated in the body, in order, with the values
// the body gave some of them as defaults; the body's other names (methods,
// docstring, ...) become class attributes.
func NamedTupleFromBody(name string, attrs map[string]py.Object, order []string) (*py.Class, *py.Exc) {
	var fields []string
	var defs []py.Object
	if ann, ok := attrs["__annotations__"].(*py.Dict); ok {
		for _, it := range ann.Items() {
			f, ok := it[0].(string)
			if !ok {
				continue
			}
			if strings.HasPrefix(f, "_") {
				return nil, py.Errorf(py.AttributeError, "Cannot overwrite NamedTuple attribute %s", f)
			}
			if d, ok := attrs[f]; ok {
				defs = append(defs, d)
			} else if len(defs) > 0 {
				plural := ""
				if len(defs) > 1 {
					plural = "s"
				}
				return nil, py.Errorf(py.TypeError, "Non-default namedtuple field %s cannot follow default field%s %s", f, plural, strings.Join(fields[len(fields)-len(defs):], ", "))
			}
			fields = append(fields, f)
		}
	}
	cls := NewNamedTupleClass(name, "__main__", fields, defs)
	isField := map[string]bool{}
	for _, f := range fields {
		isField[f] = true
	}
	for _, n := range order {
		if !isField[n] {
			cls.SetMethod(n, attrs[n])
		}
	}
	return cls, nil
}

// typingFormClass is the class of typing's special forms and aliases.
var typingFormClass = py.NewClass("_SpecialForm", "typing", py.ObjectClass)

var (
	typingGeneric  = py.NewClass("Generic", "typing", py.ObjectClass)
	typingProtocol = py.NewClass("Protocol", "typing", typingGeneric)
	typeVarClass   = py.NewClass("TypeVar", "typing", py.ObjectClass)
)

// typingForm returns a special form printed as typing.name whose
// subscription prints as typing.name[args].
func typingForm(name string) *py.Instance {
	inst := py.NewInstance(typingFormClass)
	inst.Native = "typing." + name
	return inst
}

// typeRepr is how typing prints a type argument.
func typeRepr(o py.Object) (string, *py.Exc) {
	switch v := o.(type) {
	case *py.Class:
		if v.Module == "builtins" {
			return v.Name, nil
		}
		return v.Module + "." + v.Name, nil
	case py.NoneType:
		return "None", nil
	case *py.List:
		parts := make([]string, len(v.Items))
		for i, x := range v.Items {
			s, e := typeRepr(x)
			if e != nil {
				return "", e
			}
			parts[i] = s
		}
		return "[" + strings.Join(parts, ", ") + "]", nil
	case py.Tuple:
		if len(v) == 0 {
			return "()", nil
		}
	}
	return py.ReprE(o)
}

// initTyping fills the module in on its first import (see Import).
func initTyping() {
	a := Typing.Attrs
	for _, name := range []string{"Any", "Optional", "Union", "List", "Dict", "Set", "FrozenSet", "Tuple",
		"Callable", "Iterable", "Iterator", "AsyncIterator", "AsyncIterable", "Awaitable", "Coroutine",
		"Generator", "AsyncGenerator", "Sequence", "MutableSequence", "Mapping", "MutableMapping", "Type",
		"ClassVar", "Final", "Literal", "Deque", "DefaultDict", "Counter", "OrderedDict", "NoReturn",
		"Hashable", "Sized", "Collection", "Container", "AbstractSet", "MutableSet", "Annotated",
		"Self", "Never", "LiteralString", "TypeAlias", "KeysView", "ValuesView", "ItemsView"} {
		a[name] = typingForm(name)
	}
	a["Generic"] = typingGeneric
	a["Protocol"] = typingProtocol
	a["TYPE_CHECKING"] = false
	a["Text"] = py.StrType
	a["AnyStr"] = newTypeVar("AnyStr")
	identity := func(name string) *py.Function {
		return fn("typing", name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			if e := argN(name, args, kw, 1, 1); e != nil {
				return nil, e
			}
			return args[0], nil
		})
	}
	for _, name := range []string{"overload", "no_type_check", "final", "runtime_checkable"} {
		a[name] = identity(name)
	}
	a["cast"] = fn("typing", "cast", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		p, e := py.BindArgs("cast", args, kw, []string{"typ", "val"}, 2)
		if e != nil {
			return nil, e
		}
		return p[1], nil
	})
	a["TypeVar"] = typeVarClass
	py.DefineConstructor(typeVarClass, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(args) == 0 {
			return nil, py.Errorf(py.TypeError, "TypeVar.__init__() missing 1 required positional argument: 'name'")
		}
		name, ok := args[0].(string)
		if !ok {
			return nil, py.Errorf(py.TypeError, "TypeVar name must be a string")
		}
		return newTypeVar(name), nil
	})
	a["NewType"] = fn("typing", "NewType", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		p, e := py.BindArgs("NewType", args, kw, []string{"name", "tp"}, 2)
		if e != nil {
			return nil, e
		}
		return p[1], nil
	})
	TypingNamedTuple = fn("typing", "NamedTuple", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		p, e := py.BindArgs("NamedTuple", args, kw, []string{"typename", "fields"}, 1)
		if e != nil {
			return nil, e
		}
		name, ok := p[0].(string)
		if !ok {
			return nil, py.Errorf(py.TypeError, "NamedTuple() typename must be str")
		}
		var fields []string
		if p[1] != nil {
			items, e := py.ToSlice(p[1])
			if e != nil {
				return nil, e
			}
			for _, it := range items {
				pair, e := py.Unpack(it, 2)
				if e != nil {
					return nil, e
				}
				s, ok := pair[0].(string)
				if !ok {
					return nil, py.Errorf(py.TypeError, "NamedTuple field names must be str")
				}
				fields = append(fields, s)
			}
		}
		return NewNamedTupleClass(name, "__main__", fields, nil), nil
	})
	a["NamedTuple"] = TypingNamedTuple
	a["TypedDict"] = fn("typing", "TypedDict", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return py.DictType, nil
	})
	// Subscription and repr of the forms.
	typingFormClass.SetMethod("__getitem__", py.NewBuiltin("__getitem__", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		self := args[0].(*py.Instance)
		base, _ := self.Native.(string)
		params, ok := args[1].(py.Tuple)
		if !ok {
			params = py.Tuple{args[1]}
		}
		parts := make([]string, len(params))
		for i, x := range params {
			s, e := typeRepr(x)
			if e != nil {
				return nil, e
			}
			parts[i] = s
		}
		if base == "typing.Optional" && len(parts) == 1 {
			if strings.HasPrefix(parts[0], "typing.Union[") {
				return typingForm(strings.TrimSuffix(strings.TrimPrefix(parts[0], "typing."), "]") + ", NoneType]"), nil
			}
		}
		if base == "typing.Union" {
			if len(parts) == 1 {
				return params[0], nil
			}
			if len(parts) == 2 && (params[1] == py.None || params[1] == py.NoneTypeClass) {
				parts = parts[:1]
				base = "typing.Optional"
			}
		}
		r := py.NewInstance(typingFormClass)
		r.Native = base + "[" + strings.Join(parts, ", ") + "]"
		return r, nil
	}))
	typingFormClass.SetMethod("__repr__", py.NewBuiltin("__repr__", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		s, _ := args[0].(*py.Instance).Native.(string)
		return s, nil
	}))
	typingFormClass.SetMethod("__call__", py.NewBuiltin("__call__", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		s, _ := args[0].(*py.Instance).Native.(string)
		return nil, py.Errorf(py.TypeError, "Cannot instantiate %s", s)
	}))
	typeVarClass.SetMethod("__repr__", py.NewBuiltin("__repr__", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		s, _ := args[0].(*py.Instance).Native.(string)
		return "~" + s, nil
	}))
	// Generic[T] and Protocol[T] are the classes themselves.
	classGetItem := &py.ClassMethod{Func: py.NewBuiltin("__class_getitem__", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return args[0], nil
	})}
	typingGeneric.SetMethod("__class_getitem__", classGetItem)
}

func newTypeVar(name string) *py.Instance {
	inst := py.NewInstance(typeVarClass)
	inst.Native = name
	inst.Attrs["__name__"] = name
	return inst
}
