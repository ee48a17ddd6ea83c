package pymod

import (
	"strings"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// Operator is the operator module: the operators as functions (add, lt,
// getitem, ...), their in-place forms (iadd, ...), and the callables
// itemgetter, attrgetter and methodcaller.
var Operator = &py.Module{Name: "operator", Attrs: map[string]py.Object{}}

// The classes of the callables operator's factories return.
var (
	ItemGetterClass   = py.NewClass("itemgetter", "operator", py.ObjectClass)
	AttrGetterClass   = py.NewClass("attrgetter", "operator", py.ObjectClass)
	MethodCallerClass = py.NewClass("methodcaller", "operator", py.ObjectClass)
)

// operatorBinary maps operator's binary functions to the operator they
// apply; the "i" forms (iadd, ...) apply the augmented assignment.
var operatorBinary = map[string]func(a, b py.Object) (py.Object, *py.Exc){
	"add": py.Add, "sub": py.Sub, "mul": py.Mul, "truediv": py.TrueDiv, "floordiv": py.FloorDiv,
	"mod": py.Mod, "pow": py.Pow, "lshift": py.LShift, "rshift": py.RShift, "and_": py.And,
	"or_": py.Or, "xor": py.Xor, "matmul": py.MatMul,
	"concat":   concat,
	"getitem":  py.GetItem,
	"contains": func(a, b py.Object) (py.Object, *py.Exc) { return wrapBool(py.Contains(a, b)) },
	"is_":      func(a, b py.Object) (py.Object, *py.Exc) { return py.Is(a, b), nil },
	"is_not":   func(a, b py.Object) (py.Object, *py.Exc) { return !py.Is(a, b), nil },
	"countOf":  countOf,
	"indexOf":  indexOf,
}

// operatorInPlace maps the in-place functions to the operator text
// py.InPlace takes.
var operatorInPlace = map[string]string{
	"iadd": "+", "isub": "-", "imul": "*", "itruediv": "/", "ifloordiv": "//", "imod": "%",
	"ipow": "**", "ilshift": "<<", "irshift": ">>", "iand": "&", "ior": "|", "ixor": "^",
	"imatmul": "@", "iconcat": "+",
}

// operatorCompare maps the comparison functions to their operator.
var operatorCompare = map[string]string{"lt": "<", "le": "<=", "eq": "==", "ne": "!=", "gt": ">", "ge": ">="}

// operatorUnary lists operator's one-argument functions.
var operatorUnary = map[string]func(a py.Object) (py.Object, *py.Exc){
	"neg": py.Neg, "pos": py.Pos, "abs": py.Abs, "invert": py.Invert, "inv": py.Invert,
	"not_":  func(a py.Object) (py.Object, *py.Exc) { return wrapBool(py.Not(a)) },
	"truth": func(a py.Object) (py.Object, *py.Exc) { return wrapBool(py.Truth(a)) },
}

func wrapBool(b bool, e *py.Exc) (py.Object, *py.Exc) {
	if e != nil {
		return nil, e
	}
	return b, nil
}

// initOperator fills the module in on its first import (see Import).
func initOperator() {
	a := Operator.Attrs
	for name, f := range operatorBinary {
		a[name] = fn("operator", name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			if e := argN(name, args, kw, 2, 2); e != nil {
				return nil, e
			}
			return f(args[0], args[1])
		})
	}
	for name, op := range operatorInPlace {
		a[name] = fn("operator", name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			if e := argN(name, args, kw, 2, 2); e != nil {
				return nil, e
			}
			return py.InPlace(op, args[0], args[1])
		})
	}
	for name, op := range operatorCompare {
		a[name] = fn("operator", name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			if e := argN(name, args, kw, 2, 2); e != nil {
				return nil, e
			}
			return py.CompareOp(op, args[0], args[1])
		})
	}
	for name, f := range operatorUnary {
		a[name] = fn("operator", name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			if e := argN(name, args, kw, 1, 1); e != nil {
				return nil, e
			}
			return f(args[0])
		})
	}
	a["index"] = fn("operator", "index", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("index", args, kw, 1, 1); e != nil {
			return nil, e
		}
		n, e := py.Index(args[0])
		if e != nil {
			return nil, e
		}
		return n, nil
	})
	a["setitem"] = fn("operator", "setitem", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("setitem", args, kw, 3, 3); e != nil {
			return nil, e
		}
		return py.None, py.SetItem(args[0], args[1], args[2])
	})
	a["delitem"] = fn("operator", "delitem", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("delitem", args, kw, 2, 2); e != nil {
			return nil, e
		}
		return py.None, py.DelItem(args[0], args[1])
	})
	a["itemgetter"] = ItemGetterClass
	a["attrgetter"] = AttrGetterClass
	a["methodcaller"] = MethodCallerClass
	initGetters()
}

// concat is operator.concat: a + b for sequences only.
func concat(a, b py.Object) (py.Object, *py.Exc) {
	switch a.(type) {
	case string, *py.List, py.Tuple, py.Bytes:
	default:
		if _, e := py.GetAttr(a, "__getitem__"); e != nil {
			return nil, py.Errorf(py.TypeError, "'%s' object can't be concatenated", py.TypeName(a))
		}
	}
	return py.Add(a, b)
}

// countOf is operator.countOf(a, b): how many items of a equal b.
func countOf(a, b py.Object) (py.Object, *py.Exc) {
	items, e := py.ToSlice(a)
	if e != nil {
		return nil, e
	}
	n := 0
	for _, it := range items {
		eq := py.Is(it, b)
		if !eq {
			if eq, e = py.Eq(it, b); e != nil {
				return nil, e
			}
		}
		if eq {
			n++
		}
	}
	return n, nil
}

// indexOf is operator.indexOf(a, b): the index of the first item of a
// equal to b.
func indexOf(a, b py.Object) (py.Object, *py.Exc) {
	items, e := py.ToSlice(a)
	if e != nil {
		return nil, e
	}
	for i, it := range items {
		eq := py.Is(it, b)
		if !eq {
			if eq, e = py.Eq(it, b); e != nil {
				return nil, e
			}
		}
		if eq {
			return i, nil
		}
	}
	return nil, py.Errorf(py.ValueError, "sequence.index(x): x not in sequence")
}

// getter is an itemgetter, attrgetter or methodcaller object.
type getter struct {
	cls  *py.Class
	keys []py.Object // items, dotted attribute names, or the method name
	args []py.Object // methodcaller's arguments
	kw   []py.Kwarg
}

// Type implements py.Typed.
func (g *getter) Type() *py.Class { return g.cls }

// PyRepr is the getter's repr, as CPython writes it.
func (g *getter) PyRepr() string {
	parts := make([]string, 0, len(g.keys)+len(g.args)+len(g.kw))
	for _, k := range g.keys {
		parts = append(parts, py.Repr(k))
	}
	for _, x := range g.args {
		parts = append(parts, py.Repr(x))
	}
	for _, k := range g.kw {
		parts = append(parts, k.Name+"="+py.Repr(k.Value))
	}
	return "operator." + g.cls.Name + "(" + strings.Join(parts, ", ") + ")"
}

// PyCall implements py.Caller: the getter applied to its one argument.
func (g *getter) PyCall(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if len(kw) > 0 {
		return nil, py.Errorf(py.TypeError, "%s() takes no keyword arguments", g.cls.Name)
	}
	if len(args) != 1 {
		return nil, py.Errorf(py.TypeError, "%s expected 1 argument, got %d", g.cls.Name, len(args))
	}
	return g.call(args[0])
}

// call applies the getter to obj.
func (g *getter) call(obj py.Object) (py.Object, *py.Exc) {
	switch g.cls {
	case MethodCallerClass:
		return py.CallMethod(obj, g.keys[0].(string), g.args, g.kw)
	case ItemGetterClass:
		return g.each(func(k py.Object) (py.Object, *py.Exc) { return py.GetItem(obj, k) })
	}
	return g.each(func(k py.Object) (py.Object, *py.Exc) {
		v := obj
		for _, name := range strings.Split(k.(string), ".") {
			var e *py.Exc
			if v, e = py.GetAttr(v, name); e != nil {
				return nil, e
			}
		}
		return v, nil
	})
}

// each applies get to every key: one key gives its value, several a tuple.
func (g *getter) each(get func(k py.Object) (py.Object, *py.Exc)) (py.Object, *py.Exc) {
	if len(g.keys) == 1 {
		return get(g.keys[0])
	}
	out := make(py.Tuple, len(g.keys))
	for i, k := range g.keys {
		v, e := get(k)
		if e != nil {
			return nil, e
		}
		out[i] = v
	}
	return out, nil
}

func initGetters() {
	py.DefineConstructor(ItemGetterClass, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(kw) > 0 {
			return nil, py.Errorf(py.TypeError, "itemgetter() takes no keyword arguments")
		}
		if len(args) == 0 {
			return nil, py.Errorf(py.TypeError, "itemgetter expected 1 argument, got 0")
		}
		return &getter{cls: ItemGetterClass, keys: append([]py.Object(nil), args...)}, nil
	})
	py.DefineConstructor(AttrGetterClass, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(kw) > 0 {
			return nil, py.Errorf(py.TypeError, "attrgetter() takes no keyword arguments")
		}
		if len(args) == 0 {
			return nil, py.Errorf(py.TypeError, "attrgetter expected 1 argument, got 0")
		}
		for _, a := range args {
			if _, ok := a.(string); !ok {
				return nil, py.Errorf(py.TypeError, "attribute name must be a string")
			}
		}
		return &getter{cls: AttrGetterClass, keys: append([]py.Object(nil), args...)}, nil
	})
	py.DefineConstructor(MethodCallerClass, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(args) == 0 {
			return nil, py.Errorf(py.TypeError, "methodcaller needs at least one argument, the method name")
		}
		if _, ok := args[0].(string); !ok {
			return nil, py.Errorf(py.TypeError, "method name must be a string")
		}
		return &getter{cls: MethodCallerClass, keys: args[:1:1], args: append([]py.Object(nil), args[1:]...), kw: kw}, nil
	})
}
