package pymod

import (
	"strings"
	"unicode"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// pyKeywords are Python's reserved words, which namedtuple rejects as
// names.
var pyKeywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "async": true,
	"await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true,
	"pass": true, "raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true,
}

func isIdentifier(s string) bool {
	for i, r := range s {
		if !(r == '_' || unicode.IsLetter(r) || (i > 0 && unicode.IsDigit(r))) {
			return false
		}
	}
	return s != ""
}

// namedtuple is collections.namedtuple(typename, field_names, *,
// rename=False, defaults=None, module=None). The class it returns makes
// *py.Instance values whose Native field is their py.Tuple; the class
// lists tuple as an extra base, so isinstance(p, tuple) holds.
func namedtuple(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	var rename, defaults, module py.Object
	var rest []py.Kwarg
	for _, k := range kw {
		switch k.Name {
		case "rename":
			rename = k.Value
		case "defaults":
			defaults = k.Value
		case "module":
			module = k.Value
		default:
			rest = append(rest, k)
		}
	}
	a, e := py.BindArgs("namedtuple", args, rest, []string{"typename", "field_names"}, 2)
	if e != nil {
		return nil, e
	}
	typename, ok := a[0].(string)
	if !ok {
		return nil, py.Errorf(py.TypeError, "namedtuple() typename must be str, not %s", py.TypeName(a[0]))
	}
	var fields []string
	if s, ok := a[1].(string); ok {
		fields = strings.Fields(strings.ReplaceAll(s, ",", " "))
	} else {
		items, e := py.ToSlice(a[1])
		if e != nil {
			return nil, e
		}
		for _, it := range items {
			s, e := py.StrE(it)
			if e != nil {
				return nil, e
			}
			fields = append(fields, s)
		}
	}
	doRename := false
	if rename != nil {
		if doRename, e = py.Truth(rename); e != nil {
			return nil, e
		}
	}
	seen := map[string]bool{}
	if doRename {
		for i, f := range fields {
			if !isIdentifier(f) || pyKeywords[f] || strings.HasPrefix(f, "_") || seen[f] {
				fields[i] = "_" + py.Repr(i)
			}
			seen[fields[i]] = true
		}
		seen = map[string]bool{}
	}
	for _, name := range append([]string{typename}, fields...) {
		if !isIdentifier(name) {
			return nil, py.Errorf(py.ValueError, "Type names and field names must be valid identifiers: %s", py.ReprString(name))
		}
		if pyKeywords[name] {
			return nil, py.Errorf(py.ValueError, "Type names and field names cannot be a keyword: %s", py.ReprString(name))
		}
	}
	for _, f := range fields {
		if strings.HasPrefix(f, "_") && !doRename {
			return nil, py.Errorf(py.ValueError, "Field names cannot start with an underscore: %s", py.ReprString(f))
		}
		if seen[f] {
			return nil, py.Errorf(py.ValueError, "Encountered duplicate field name: %s", py.ReprString(f))
		}
		seen[f] = true
	}
	var defs []py.Object
	if defaults != nil && defaults != py.None {
		if defs, e = py.ToSlice(defaults); e != nil {
			return nil, e
		}
		if len(defs) > len(fields) {
			return nil, py.Errorf(py.TypeError, "Got more default values than field names")
		}
	}
	mod := "__main__"
	if s, ok := module.(string); ok {
		mod = s
	}
	return NewNamedTupleClass(typename, mod, fields, defs), nil
}

// tupleOf returns the tuple behind a namedtuple instance or a tuple.
func tupleOf(o py.Object) (py.Tuple, bool) {
	switch v := o.(type) {
	case py.Tuple:
		return v, true
	case *py.Instance:
		t, ok := v.Native.(py.Tuple)
		return t, ok
	}
	return nil, false
}

// NewNamedTupleClass returns the class namedtuple(typename, fields,
// defaults=defs) creates, in module mod.
func NewNamedTupleClass(typename, mod string, fields []string, defs []py.Object) *py.Class {
	cls := py.NewClass(typename, mod, py.ObjectClass)
	cls.Extra = []*py.Class{py.TupleType}
	fieldTuple := make(py.Tuple, len(fields))
	for i, f := range fields {
		fieldTuple[i] = f
	}
	sig := &py.Signature{Params: fields, Defaults: append([]py.Object(nil), defs...)}
	defaultsDict := py.NewDict()
	for i, d := range defs {
		defaultsDict.SetStr(fields[len(fields)-len(defs)+i], d)
	}
	method := func(name string, f func(self *py.Instance, t py.Tuple, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc)) {
		b := py.NewBuiltin(name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			self, ok := args[0].(*py.Instance)
			if !ok {
				return nil, py.Errorf(py.TypeError, "descriptor '%s' requires a '%s' object", name, typename)
			}
			t, _ := self.Native.(py.Tuple)
			return f(self, t, args[1:], kw)
		})
		b.QualName = typename + "." + name
		cls.SetMethod(name, b)
	}
	method("__init__", func(self *py.Instance, _ py.Tuple, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		slots, e := sig.Bind(typename+".__new__", args, kw)
		if e != nil {
			return nil, e
		}
		self.Native = py.Tuple(slots)
		return py.None, nil
	})
	make := func(items []py.Object) *py.Instance {
		inst := py.NewInstance(cls)
		inst.Native = py.Tuple(items)
		return inst
	}
	cls.SetMethod("_fields", fieldTuple)
	cls.SetMethod("_field_defaults", defaultsDict)
	cls.SetMethod("__match_args__", fieldTuple)
	cls.SetMethod("_make", &py.ClassMethod{Func: py.NewBuiltin("_make", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(args) != 2 {
			return nil, py.Errorf(py.TypeError, "_make() takes 2 positional arguments but %d were given", len(args))
		}
		items, e := py.ToSlice(args[1])
		if e != nil {
			return nil, e
		}
		if len(items) != len(fields) {
			return nil, py.Errorf(py.TypeError, "Expected %d arguments, got %d", len(fields), len(items))
		}
		return make(append([]py.Object(nil), items...)), nil
	})})
	for i, f := range fields {
		cls.SetMethod(f, &py.Property{Get: py.NewBuiltin(f, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			t, ok := tupleOf(args[0])
			if !ok || i >= len(t) {
				return nil, py.Errorf(py.AttributeError, "'%s' object has no attribute '%s'", py.TypeName(args[0]), f)
			}
			return t[i], nil
		})})
	}
	method("__repr__", func(self *py.Instance, t py.Tuple, _ []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		var b strings.Builder
		b.WriteString(self.Class.Name)
		b.WriteByte('(')
		for i, x := range t {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(fields[i])
			b.WriteByte('=')
			s, e := py.ReprE(x)
			if e != nil {
				return nil, e
			}
			b.WriteString(s)
		}
		b.WriteByte(')')
		return b.String(), nil
	})
	method("_asdict", func(_ *py.Instance, t py.Tuple, _ []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		d := py.NewDict()
		for i, x := range t {
			d.SetStr(fields[i], x)
		}
		return d, nil
	})
	method("_replace", func(self *py.Instance, t py.Tuple, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(args) > 0 {
			return nil, py.Errorf(py.TypeError, "%s._replace() takes 1 positional argument but %d were given", typename, len(args)+1)
		}
		items := append([]py.Object(nil), t...)
		var unknown []py.Object
	kwLoop:
		for _, k := range kw {
			for i, f := range fields {
				if f == k.Name {
					items[i] = k.Value
					continue kwLoop
				}
			}
			unknown = append(unknown, k.Name)
		}
		if unknown != nil {
			return nil, py.Errorf(py.ValueError, "Got unexpected field names: %s", py.Repr(py.NewList(unknown...)))
		}
		r := make(items)
		r.Class = self.Class
		return r, nil
	})
	method("__getnewargs__", func(_ *py.Instance, t py.Tuple, _ []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		return append(py.Tuple(nil), t...), nil
	})
	// The tuple behaviour, delegated to the underlying tuple.
	method("__len__", func(_ *py.Instance, t py.Tuple, _ []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		return len(t), nil
	})
	method("__iter__", func(_ *py.Instance, t py.Tuple, _ []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		it, e := py.Iter(t)
		return it, e
	})
	method("__getitem__", func(_ *py.Instance, t py.Tuple, args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		return py.GetItem(t, args[0])
	})
	method("__contains__", func(_ *py.Instance, t py.Tuple, args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		return py.Contains(t, args[0])
	})
	method("__hash__", func(_ *py.Instance, t py.Tuple, _ []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		h, e := py.Hash(t)
		return h, e
	})
	method("__add__", func(_ *py.Instance, t py.Tuple, args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		o, ok := tupleOf(args[0])
		if !ok {
			return py.NotImplemented, nil
		}
		return append(append(py.Tuple{}, t...), o...), nil
	})
	method("__radd__", func(_ *py.Instance, t py.Tuple, args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		o, ok := tupleOf(args[0])
		if !ok {
			return py.NotImplemented, nil
		}
		return append(append(py.Tuple{}, o...), t...), nil
	})
	method("__mul__", func(_ *py.Instance, t py.Tuple, args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		return py.Mul(t, args[0])
	})
	method("count", func(_ *py.Instance, t py.Tuple, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return py.CallMethod(t, "count", args, kw)
	})
	method("index", func(_ *py.Instance, t py.Tuple, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return py.CallMethod(t, "index", args, kw)
	})
	for op, name := range map[string]string{"<": "__lt__", "<=": "__le__", "==": "__eq__", "!=": "__ne__", ">": "__gt__", ">=": "__ge__"} {
		method(name, func(_ *py.Instance, t py.Tuple, args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
			o, ok := tupleOf(args[0])
			if !ok {
				return py.NotImplemented, nil
			}
			return py.CompareOp(op, t, o)
		})
	}
	return cls
}
