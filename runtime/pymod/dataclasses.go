package pymod

import (
	"strings"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// Dataclasses is the dataclasses module: the dataclass decorator (init,
// repr, eq, order, unsafe_hash, frozen and kw_only), field, fields,
// asdict, astuple, replace, is_dataclass, MISSING, KW_ONLY and
// FrozenInstanceError.
var Dataclasses = &py.Module{Name: "dataclasses", Attrs: map[string]py.Object{}}

var (
	// FieldClass is dataclasses.Field; its instances carry the attributes
	// name, type, default, default_factory, init, repr, hash and compare.
	FieldClass = py.NewClass("Field", "dataclasses", py.ObjectClass)
	// FrozenInstanceError is raised by assignments to a frozen dataclass.
	FrozenInstanceError = py.NewClass("FrozenInstanceError", "dataclasses", py.AttributeError)

	missingClass = py.NewClass("_MISSING_TYPE", "dataclasses", py.ObjectClass)
	// missing is dataclasses.MISSING, the "no default" marker.
	missing = py.NewInstance(missingClass)
	// factoryDefault stands in __init__'s defaults for a field whose
	// default comes from its default_factory.
	factoryDefault = py.NewInstance(py.NewClass("_HAS_DEFAULT_FACTORY_CLASS", "dataclasses", py.ObjectClass))
	// kwOnlyMarker is dataclasses.KW_ONLY: the fields annotated after a
	// "_: KW_ONLY" pseudo-field are keyword-only.
	kwOnlyMarker = py.NewInstance(py.NewClass("_KW_ONLY_TYPE", "dataclasses", py.ObjectClass))
)

// initDataclasses fills the module in on its first import (see Import).
func initDataclasses() {
	a := Dataclasses.Attrs
	a["MISSING"] = missing
	a["KW_ONLY"] = kwOnlyMarker
	a["Field"] = FieldClass
	a["FrozenInstanceError"] = FrozenInstanceError
	a["dataclass"] = fn("dataclasses", "dataclass", dataclassDecorator)
	a["field"] = fn("dataclasses", "field", newField)
	a["fields"] = fn("dataclasses", "fields", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("fields", args, kw, 1, 1); e != nil {
			return nil, e
		}
		fs, ok := fieldsOf(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeError, "must be called with a dataclass type or instance")
		}
		out := py.Tuple{}
		for _, f := range fs {
			out = append(out, f.obj)
		}
		return out, nil
	})
	a["is_dataclass"] = fn("dataclasses", "is_dataclass", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("is_dataclass", args, kw, 1, 1); e != nil {
			return nil, e
		}
		_, ok := fieldsOf(args[0])
		return ok, nil
	})
	a["asdict"] = fn("dataclasses", "asdict", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("asdict", args, kw, 1, 1); e != nil {
			return nil, e
		}
		if _, ok := fieldsOf(args[0]); !ok || isClass(args[0]) {
			return nil, py.Errorf(py.TypeError, "asdict() should be called on dataclass instances")
		}
		return convert(args[0], true)
	})
	a["astuple"] = fn("dataclasses", "astuple", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("astuple", args, kw, 1, 1); e != nil {
			return nil, e
		}
		if _, ok := fieldsOf(args[0]); !ok || isClass(args[0]) {
			return nil, py.Errorf(py.TypeError, "astuple() should be called on dataclass instances")
		}
		return convert(args[0], false)
	})
	a["replace"] = fn("dataclasses", "replace", replace)
}

func isClass(o py.Object) bool {
	_, ok := o.(*py.Class)
	return ok
}

// field is one field of a dataclass, read from its Field object.
type field struct {
	obj                         *py.Instance
	name                        string
	def, factory                py.Object // missing when absent
	init, repr, compare, kwOnly bool
	hash                        py.Object // None, or a bool
}

func readField(obj *py.Instance) (*field, *py.Exc) {
	f := &field{obj: obj, def: obj.Attrs["default"], factory: obj.Attrs["default_factory"], hash: obj.Attrs["hash"]}
	f.name, _ = obj.Attrs["name"].(string)
	f.kwOnly = obj.Attrs["kw_only"] == true
	for _, b := range []struct {
		name string
		dst  *bool
	}{{"init", &f.init}, {"repr", &f.repr}, {"compare", &f.compare}} {
		t, e := py.Truth(obj.Attrs[b.name])
		if e != nil {
			return nil, e
		}
		*b.dst = t
	}
	return f, nil
}

// newField is dataclasses.field(*, default, default_factory, init, repr,
// hash, compare, kw_only).
func newField(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if len(args) > 0 {
		return nil, py.Errorf(py.TypeError, "field() takes 0 positional arguments but %d were given", len(args))
	}
	obj := py.NewInstance(FieldClass)
	attrs := obj.Attrs
	attrs["name"], attrs["type"] = py.None, py.None
	attrs["default"], attrs["default_factory"] = missing, missing
	attrs["init"], attrs["repr"], attrs["compare"] = true, true, true
	attrs["hash"] = py.None
	attrs["kw_only"] = missing
	for _, k := range kw {
		switch k.Name {
		case "default", "default_factory", "init", "repr", "hash", "compare", "kw_only":
			attrs[k.Name] = k.Value
		default:
			return nil, py.Errorf(py.TypeError, "field() got an unexpected keyword argument '%s'", k.Name)
		}
	}
	if attrs["default"] != missing && attrs["default_factory"] != missing {
		return nil, py.Errorf(py.ValueError, "cannot specify both default and default_factory")
	}
	return obj, nil
}

// options are the arguments of @dataclass(...).
type options struct {
	init, repr, eq, order, unsafeHash, frozen, kwOnly bool
}

// dataclassDecorator is dataclass(cls=None, /, *, init=True, repr=True,
// eq=True, order=False, unsafe_hash=False, frozen=False, kw_only=False).
func dataclassDecorator(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	opts := options{init: true, repr: true, eq: true}
	for _, k := range kw {
		var dst *bool
		switch k.Name {
		case "init":
			dst = &opts.init
		case "repr":
			dst = &opts.repr
		case "eq":
			dst = &opts.eq
		case "order":
			dst = &opts.order
		case "unsafe_hash":
			dst = &opts.unsafeHash
		case "frozen":
			dst = &opts.frozen
		case "kw_only":
			dst = &opts.kwOnly
		default:
			return nil, py.Errorf(py.TypeError, "dataclass() got an unexpected keyword argument '%s'", k.Name)
		}
		t, e := py.Truth(k.Value)
		if e != nil {
			return nil, e
		}
		*dst = t
	}
	if len(args) > 1 {
		return nil, py.Errorf(py.TypeError, "dataclass() takes from 0 to 1 positional arguments but %d were given", len(args))
	}
	if len(args) == 0 || args[0] == py.None {
		return fn("dataclasses", "wrap", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			if e := argN("wrap", args, kw, 1, 1); e != nil {
				return nil, e
			}
			return process(args[0], opts)
		}), nil
	}
	return process(args[0], opts)
}

// fieldsOf returns the fields of a dataclass or of an instance of one.
func fieldsOf(o py.Object) ([]*field, bool) {
	c, ok := o.(*py.Class)
	if !ok {
		c = py.TypeOf(o)
	}
	v, ok := c.Lookup("__dataclass_fields__")
	if !ok {
		return nil, false
	}
	d, ok := v.(*py.Dict)
	if !ok {
		return nil, false
	}
	var out []*field
	for _, x := range d.Values() {
		obj, ok := x.(*py.Instance)
		if !ok {
			continue
		}
		f, e := readField(obj)
		if e == nil {
			out = append(out, f)
		}
	}
	return out, true
}

// process turns cls into a dataclass.
func process(o py.Object, opts options) (py.Object, *py.Exc) {
	cls, ok := o.(*py.Class)
	if !ok {
		return nil, py.Errorf(py.TypeError, "dataclass() should be called on a class")
	}
	if opts.order && !opts.eq {
		return nil, py.Errorf(py.ValueError, "eq must be true if order is true")
	}
	fields, names := map[string]*field{}, []string(nil)
	add := func(f *field) {
		if _, seen := fields[f.name]; !seen {
			names = append(names, f.name)
		}
		fields[f.name] = f
	}
	var chain []*py.Class
	for k := cls.Base; k != nil; k = k.Base {
		chain = append(chain, k)
	}
	for i := len(chain) - 1; i >= 0; i-- {
		if _, own := chain[i].Attrs["__dataclass_fields__"]; !own {
			continue
		}
		fs, _ := fieldsOf(chain[i])
		for _, f := range fs {
			add(f)
		}
	}
	if ann, ok := cls.Attrs["__annotations__"].(*py.Dict); ok {
		kwOnly := opts.kwOnly
		for _, item := range ann.Items() {
			name, ok := item[0].(string)
			if !ok {
				continue
			}
			if item[1] == kwOnlyMarker {
				kwOnly = true
				delete(cls.Attrs, name)
				py.ClassChanged()
				continue
			}
			f, e := ownField(cls, name, item[1], kwOnly)
			if e != nil {
				return nil, e
			}
			add(f)
		}
	}
	ordered := make([]*field, len(names))
	store := py.NewDict()
	for i, n := range names {
		ordered[i] = fields[n]
		store.SetStr(n, fields[n].obj)
	}
	cls.SetMethod("__dataclass_fields__", store)
	if opts.init {
		if e := checkDefaultOrder(ordered); e != nil {
			return nil, e
		}
		setNew(cls, "__init__", initMethod(cls, ordered))
	}
	if opts.repr {
		setNew(cls, "__repr__", reprMethod(cls, ordered))
	}
	if opts.eq {
		setNew(cls, "__eq__", compareMethod(cls, "__eq__", ordered))
	}
	if opts.order {
		for _, op := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
			if _, own := cls.Attrs[op]; own {
				return nil, py.Errorf(py.TypeError, "Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering", op, cls.Name)
			}
			cls.SetMethod(op, compareMethod(cls, op, ordered))
		}
	}
	if opts.frozen {
		for _, op := range []string{"__setattr__", "__delattr__"} {
			if _, own := cls.Attrs[op]; own {
				return nil, py.Errorf(py.TypeError, "Cannot overwrite attribute %s in class %s", op, cls.Name)
			}
		}
		cls.SetMethod("__setattr__", frozenMethod(cls, "__setattr__", "assign to", ordered))
		cls.SetMethod("__delattr__", frozenMethod(cls, "__delattr__", "delete", ordered))
	}
	setHash(cls, ordered, opts)
	match := py.Tuple{}
	for _, f := range ordered {
		if f.init && !f.kwOnly {
			match = append(match, f.name)
		}
	}
	setNew(cls, "__match_args__", match)
	return cls, nil
}

// setNew stores a generated attribute unless the class body defined it.
func setNew(cls *py.Class, name string, v py.Object) {
	if _, own := cls.Attrs[name]; !own {
		cls.SetMethod(name, v)
	}
}

// ownField builds the field of an annotation of the class body, taking
// its default from the class attribute of the same name; kwOnly is the
// class's default for field(kw_only=...).
func ownField(cls *py.Class, name string, typ py.Object, kwOnly bool) (*field, *py.Exc) {
	v, has := cls.Attrs[name]
	var obj *py.Instance
	if inst, ok := v.(*py.Instance); ok && inst.Class == FieldClass {
		obj = inst
	} else {
		fo, e := newField(nil, nil)
		if e != nil {
			return nil, e
		}
		obj = fo.(*py.Instance)
		if has {
			obj.Attrs["default"] = v
		}
	}
	obj.Attrs["name"], obj.Attrs["type"] = name, typ
	if obj.Attrs["kw_only"] == missing {
		obj.Attrs["kw_only"] = kwOnly
	}
	f, e := readField(obj)
	if e != nil {
		return nil, e
	}
	switch {
	case f.def != missing:
		cls.SetMethod(name, f.def)
	case has:
		delete(cls.Attrs, name)
		py.ClassChanged()
	}
	switch f.def.(type) {
	case *py.List, *py.Dict, *py.Set:
		return nil, py.Errorf(py.ValueError, "mutable default %s for field %s is not allowed: use default_factory", py.Repr(py.TypeOf(f.def)), name)
	}
	return f, nil
}

func checkDefaultOrder(fields []*field) *py.Exc {
	seenDefault := false
	for _, f := range fields {
		if !f.init || f.kwOnly {
			continue
		}
		if f.def != missing || f.factory != missing {
			seenDefault = true
		} else if seenDefault {
			return py.Errorf(py.TypeError, "non-default argument '%s' follows default argument", f.name)
		}
	}
	return nil
}

func qualName(cls *py.Class) string {
	if q, ok := cls.Attrs["__qualname__"].(string); ok {
		return q
	}
	return cls.Name
}

// setField stores an attribute on a dataclass instance, bypassing a
// frozen class's __setattr__ as CPython's generated __init__ does.
func setField(self py.Object, name string, v py.Object) *py.Exc {
	if inst, ok := self.(*py.Instance); ok {
		inst.Store(name, v)
		return nil
	}
	return py.SetAttr(self, name, v)
}

func initMethod(cls *py.Class, fields []*field) *py.Function {
	sig := &py.Signature{Params: []string{"self"}}
	slot := map[*field]int{}
	var kwOnly []*field
	for _, f := range fields {
		switch {
		case !f.init:
			continue
		case f.kwOnly:
			kwOnly = append(kwOnly, f)
			continue
		}
		slot[f] = len(sig.Params)
		sig.Params = append(sig.Params, f.name)
		switch {
		case f.factory != missing:
			sig.Defaults = append(sig.Defaults, factoryDefault)
		case f.def != missing:
			sig.Defaults = append(sig.Defaults, f.def)
		}
	}
	for _, f := range kwOnly {
		slot[f] = len(sig.Params) + len(sig.KwOnly)
		sig.KwOnly = append(sig.KwOnly, f.name)
		var def py.Object
		switch {
		case f.factory != missing:
			def = factoryDefault
		case f.def != missing:
			def = f.def
		default:
			continue
		}
		if sig.KwDefaults == nil {
			sig.KwDefaults = map[string]py.Object{}
		}
		sig.KwDefaults[f.name] = def
	}
	return py.NewFunction("__init__", qualName(cls)+".__init__", sig, func(args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		self := args[0]
		for _, f := range fields {
			var v py.Object
			switch {
			case f.init:
				v = args[slot[f]]
				if v != factoryDefault {
					break
				}
				fallthrough
			case f.factory != missing:
				r, e := py.Call(f.factory, nil, nil)
				if e != nil {
					return nil, e
				}
				v = r
			default:
				continue // the class attribute provides the default
			}
			if e := setField(self, f.name, v); e != nil {
				return nil, e
			}
		}
		if post, ok := py.TypeOf(self).Lookup("__post_init__"); ok {
			if _, e := py.Call(post, []py.Object{self}, nil); e != nil {
				return nil, e
			}
		}
		return py.None, nil
	})
}

func reprMethod(cls *py.Class, fields []*field) *py.Function {
	return py.NewFunction("__repr__", qualName(cls)+".__repr__", &py.Signature{Params: []string{"self"}}, func(args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		self := args[0]
		var b strings.Builder
		b.WriteString(qualName(py.TypeOf(self)))
		b.WriteByte('(')
		first := true
		for _, f := range fields {
			if !f.repr {
				continue
			}
			v, e := py.GetAttr(self, f.name)
			if e != nil {
				return nil, e
			}
			s, e := py.ReprE(v)
			if e != nil {
				return nil, e
			}
			if !first {
				b.WriteString(", ")
			}
			first = false
			b.WriteString(f.name + "=" + s)
		}
		b.WriteByte(')')
		return b.String(), nil
	})
}

// compareTuple is the tuple of an instance's fields that take part in
// comparisons.
func compareTuple(self py.Object, fields []*field) (py.Tuple, *py.Exc) {
	var t py.Tuple
	for _, f := range fields {
		if !f.compare {
			continue
		}
		v, e := py.GetAttr(self, f.name)
		if e != nil {
			return nil, e
		}
		t = append(t, v)
	}
	return t, nil
}

var compareOps = map[string]string{"__eq__": "==", "__lt__": "<", "__le__": "<=", "__gt__": ">", "__ge__": ">="}

// compareMethod compares the field tuples of two instances of exactly the
// same class, and returns NotImplemented otherwise.
func compareMethod(cls *py.Class, name string, fields []*field) *py.Function {
	op := compareOps[name]
	return py.NewFunction(name, qualName(cls)+"."+name, &py.Signature{Params: []string{"self", "other"}}, func(args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		self, other := args[0], args[1]
		if py.TypeOf(self) != py.TypeOf(other) {
			return py.NotImplemented, nil
		}
		a, e := compareTuple(self, fields)
		if e != nil {
			return nil, e
		}
		b, e := compareTuple(other, fields)
		if e != nil {
			return nil, e
		}
		return py.CompareOp(op, a, b)
	})
}

func frozenMethod(cls *py.Class, name, verb string, fields []*field) *py.Function {
	params := []string{"self", "name", "value"}
	if name == "__delattr__" {
		params = params[:2]
	}
	return py.NewFunction(name, qualName(cls)+"."+name, &py.Signature{Params: params}, func(args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		attr, _ := args[1].(string)
		isField := false
		for _, f := range fields {
			isField = isField || f.name == attr
		}
		if py.TypeOf(args[0]) == cls || isField {
			return nil, py.NewExc(FrozenInstanceError, "cannot "+verb+" field "+py.ReprString(attr))
		}
		if name == "__delattr__" {
			if inst, ok := args[0].(*py.Instance); ok && inst.Delete(attr) {
				return py.None, nil
			}
			return nil, py.Errorf(py.AttributeError, "'%s' object has no attribute '%s'", py.TypeName(args[0]), attr)
		}
		return py.None, setField(args[0], attr, args[2])
	})
}

// setHash follows dataclass's rules for __hash__: a frozen dataclass with
// eq (or unsafe_hash) hashes its compared fields; eq alone makes
// instances unhashable unless the class body defined __hash__.
func setHash(cls *py.Class, fields []*field, opts options) {
	own, defined := cls.Attrs["__hash__"]
	_, ownEq := cls.Attrs["__eq__"]
	explicit := defined && !(own == py.None && ownEq)
	switch {
	case opts.unsafeHash || (opts.eq && opts.frozen && !explicit):
		cls.SetMethod("__hash__", py.NewFunction("__hash__", qualName(cls)+".__hash__", &py.Signature{Params: []string{"self"}}, func(args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
			var t py.Tuple
			for _, f := range fields {
				in := f.compare
				if f.hash != py.None && f.hash != nil {
					h, e := py.Truth(f.hash)
					if e != nil {
						return nil, e
					}
					in = h
				}
				if !in {
					continue
				}
				v, e := py.GetAttr(args[0], f.name)
				if e != nil {
					return nil, e
				}
				t = append(t, v)
			}
			h, e := py.Hash(t)
			if e != nil {
				return nil, e
			}
			return h, nil
		}))
	case opts.eq && !opts.frozen && !explicit:
		cls.SetMethod("__hash__", py.None)
	}
}

// convert is asdict (dict true) or astuple on a value: dataclass
// instances, lists, tuples and dicts are converted recursively.
func convert(o py.Object, dict bool) (py.Object, *py.Exc) {
	if _, isCls := o.(*py.Class); !isCls {
		if fs, ok := fieldsOf(o); ok {
			d := py.NewDict()
			var t py.Tuple
			for _, f := range fs {
				v, e := py.GetAttr(o, f.name)
				if e != nil {
					return nil, e
				}
				c, e := convert(v, dict)
				if e != nil {
					return nil, e
				}
				d.SetStr(f.name, c)
				t = append(t, c)
			}
			if dict {
				return d, nil
			}
			return t, nil
		}
	}
	switch v := o.(type) {
	case *py.List:
		out := make([]py.Object, len(v.Items))
		for i, x := range v.Items {
			c, e := convert(x, dict)
			if e != nil {
				return nil, e
			}
			out[i] = c
		}
		return py.NewList(out...), nil
	case py.Tuple:
		out := make(py.Tuple, len(v))
		for i, x := range v {
			c, e := convert(x, dict)
			if e != nil {
				return nil, e
			}
			out[i] = c
		}
		return out, nil
	case *py.Dict:
		out := py.NewDict()
		for _, kv := range v.Items() {
			k, e := convert(kv[0], dict)
			if e != nil {
				return nil, e
			}
			x, e := convert(kv[1], dict)
			if e != nil {
				return nil, e
			}
			if e := out.Set(k, x); e != nil {
				return nil, e
			}
		}
		return out, nil
	}
	return o, nil
}

// replace is dataclasses.replace(obj, /, **changes).
func replace(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if len(args) != 1 {
		return nil, py.Errorf(py.TypeError, "replace() takes 1 positional argument but %d were given", len(args))
	}
	obj := args[0]
	fs, ok := fieldsOf(obj)
	if !ok || isClass(obj) {
		return nil, py.Errorf(py.TypeError, "replace() should be called on dataclass instances")
	}
	changes := map[string]py.Object{}
	for _, k := range kw {
		changes[k.Name] = k.Value
	}
	var newKw []py.Kwarg
	for _, f := range fs {
		if !f.init {
			if _, ok := changes[f.name]; ok {
				return nil, py.Errorf(py.ValueError, "field %s is declared with init=False, it cannot be specified with replace()", f.name)
			}
			continue
		}
		v, ok := changes[f.name]
		if ok {
			delete(changes, f.name)
		} else {
			cur, e := py.GetAttr(obj, f.name)
			if e != nil {
				return nil, e
			}
			v = cur
		}
		newKw = append(newKw, py.Kwarg{Name: f.name, Value: v})
	}
	for _, k := range kw {
		if _, left := changes[k.Name]; left {
			newKw = append(newKw, k) // __init__ reports the unexpected keyword
		}
	}
	return py.Call(py.TypeOf(obj), nil, newKw)
}
