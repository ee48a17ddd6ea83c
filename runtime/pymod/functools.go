package pymod

import (
	"container/list"
	"strings"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// Functools is the functools module: partial, reduce, wraps,
// update_wrapper, lru_cache, cache, total_ordering, cmp_to_key and
// cached_property.
//
// partial objects are instances of functools.partial (a class with
// __call__); lru_cache wrappers are *py.Function values, so that they
// bind as methods like CPython's, with cache_info, cache_clear and
// __wrapped__ as function attributes.
var Functools = &py.Module{Name: "functools", Attrs: map[string]py.Object{}}

var (
	// PartialClass is functools.partial.
	PartialClass = py.NewClass("partial", "functools", py.ObjectClass)
	// CacheInfoClass is the class of lru_cache's cache_info() results.
	CacheInfoClass = py.NewClass("CacheInfo", "functools", py.ObjectClass)
	// cmpKeyClass is the class of cmp_to_key's key objects.
	cmpKeyClass = py.NewClass("KeyWrapper", "functools", py.ObjectClass)
	// kwdMark separates positional from keyword arguments in cache keys.
	kwdMark = py.NewInstance(py.NewClass("object", "builtins", py.ObjectClass))
)

// wrapperAssignments are functools.WRAPPER_ASSIGNMENTS.
var wrapperAssignments = []string{"__module__", "__name__", "__qualname__", "__doc__", "__dict__"}

// method stores a builtin method on cls; f receives self first.
func method(cls *py.Class, name string, f func(self py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc)) {
	cls.SetMethod(name, py.NewBuiltin(name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return f(args[0], args[1:], kw)
	}))
}

// initFunctools fills the module in on its first import (see Import).
func initFunctools() {
	a := Functools.Attrs
	a["partial"] = PartialClass
	py.DefineConstructor(PartialClass, newPartial)
	method(PartialClass, "__call__", func(self py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		p := self.(*py.Instance)
		all := append(append([]py.Object{}, p.Attrs["args"].(py.Tuple)...), args...)
		var kws []py.Kwarg
		for _, it := range p.Attrs["keywords"].(*py.Dict).Items() {
			name := it[0].(string)
			if !kwIn(kw, name) {
				kws = append(kws, py.Kwarg{Name: name, Value: it[1]})
			}
		}
		return py.Call(p.Attrs["func"], all, append(kws, kw...))
	})
	method(PartialClass, "__repr__", func(self py.Object, _ []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		p := self.(*py.Instance)
		var parts []string
		r, e := py.ReprE(p.Attrs["func"])
		if e != nil {
			return nil, e
		}
		parts = append(parts, r)
		for _, x := range p.Attrs["args"].(py.Tuple) {
			if r, e = py.ReprE(x); e != nil {
				return nil, e
			}
			parts = append(parts, r)
		}
		for _, it := range p.Attrs["keywords"].(*py.Dict).Items() {
			if r, e = py.ReprE(it[1]); e != nil {
				return nil, e
			}
			parts = append(parts, py.Str(it[0])+"="+r)
		}
		return "functools.partial(" + strings.Join(parts, ", ") + ")", nil
	})

	a["reduce"] = fn("functools", "reduce", reduce)
	a["update_wrapper"] = fn("functools", "update_wrapper", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		s, e := py.BindArgs("update_wrapper", args, kw, []string{"wrapper", "wrapped", "assigned", "updated"}, 2)
		if e != nil {
			return nil, e
		}
		return updateWrapper(s[0], s[1])
	})
	a["wraps"] = fn("functools", "wraps", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		s, e := py.BindArgs("wraps", args, kw, []string{"wrapped", "assigned", "updated"}, 1)
		if e != nil {
			return nil, e
		}
		wrapped := s[0]
		return fn("functools", "decorator", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			if e := argN("decorator", args, kw, 1, 1); e != nil {
				return nil, e
			}
			return updateWrapper(args[0], wrapped)
		}), nil
	})
	a["WRAPPER_ASSIGNMENTS"] = py.Tuple{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}
	a["WRAPPER_UPDATES"] = py.Tuple{"__dict__"}
	a["lru_cache"] = fn("functools", "lru_cache", lruCache)
	a["cache"] = fn("functools", "cache", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("cache", args, kw, 1, 1); e != nil {
			return nil, e
		}
		return newLRUWrapper(args[0], -1, false)
	})
	a["total_ordering"] = fn("functools", "total_ordering", totalOrdering)
	a["cmp_to_key"] = fn("functools", "cmp_to_key", cmpToKey)
	a["cached_property"] = fn("functools", "cached_property", cachedProperty)
	method(CacheInfoClass, "__repr__", func(self py.Object, _ []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		at := self.(*py.Instance).Attrs
		var b strings.Builder
		b.WriteString("CacheInfo(")
		for i, n := range []string{"hits", "misses", "maxsize", "currsize"} {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(n + "=" + py.Repr(at[n]))
		}
		b.WriteString(")")
		return b.String(), nil
	})
	method(CacheInfoClass, "__eq__", func(self py.Object, args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		other, ok := args[0].(*py.Instance)
		if !ok || other.Class != CacheInfoClass {
			return py.NotImplemented, nil
		}
		for _, n := range []string{"hits", "misses", "maxsize", "currsize"} {
			if eq, e := py.Eq(self.(*py.Instance).Attrs[n], other.Attrs[n]); e != nil || !eq {
				return false, e
			}
		}
		return true, nil
	})
	method(CacheInfoClass, "__iter__", func(self py.Object, _ []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		at := self.(*py.Instance).Attrs
		return py.Iter(py.Tuple{at["hits"], at["misses"], at["maxsize"], at["currsize"]})
	})
	for _, op := range []string{"__lt__", "__gt__", "__eq__", "__le__", "__ge__"} {
		cmp := map[string]func(int) bool{
			"__lt__": func(c int) bool { return c < 0 }, "__gt__": func(c int) bool { return c > 0 },
			"__eq__": func(c int) bool { return c == 0 }, "__le__": func(c int) bool { return c <= 0 },
			"__ge__": func(c int) bool { return c >= 0 },
		}[op]
		method(cmpKeyClass, op, func(self py.Object, args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
			other, ok := args[0].(*py.Instance)
			if !ok || other.Class != cmpKeyClass {
				return nil, py.Errorf(py.TypeError, "other argument must be K instance")
			}
			s := self.(*py.Instance)
			r, e := py.Call(s.Attrs["_cmp"], []py.Object{s.Attrs["obj"], other.Attrs["obj"]}, nil)
			if e != nil {
				return nil, e
			}
			lt, e := py.Lt(r, 0)
			if e != nil {
				return nil, e
			}
			gt, e := py.Gt(r, 0)
			if e != nil {
				return nil, e
			}
			c := 0
			if lt {
				c = -1
			} else if gt {
				c = 1
			}
			return cmp(c), nil
		})
	}
	cmpKeyClass.SetMethod("__hash__", py.None)
}

func kwIn(kw []py.Kwarg, name string) bool {
	for _, k := range kw {
		if k.Name == name {
			return true
		}
	}
	return false
}

// newPartial is partial(func, /, *args, **keywords); a partial of a
// partial is flattened as in CPython.
func newPartial(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if len(args) < 1 {
		return nil, py.Errorf(py.TypeError, "type 'partial' takes at least one argument")
	}
	f := args[0]
	pargs := py.Tuple(append([]py.Object{}, args[1:]...))
	kws := py.NewDict()
	if inner, ok := f.(*py.Instance); ok && inner.Class == PartialClass {
		f = inner.Attrs["func"]
		pargs = append(append(py.Tuple{}, inner.Attrs["args"].(py.Tuple)...), pargs...)
		kws = inner.Attrs["keywords"].(*py.Dict).Copy()
	} else if !isCallable(f) {
		return nil, py.Errorf(py.TypeError, "the first argument must be callable")
	}
	for _, k := range kw {
		kws.SetStr(k.Name, k.Value)
	}
	p := py.NewInstance(PartialClass)
	p.Attrs["func"], p.Attrs["args"], p.Attrs["keywords"] = f, pargs, kws
	return p, nil
}

func isCallable(o py.Object) bool {
	c, ok := py.Builtins["callable"]
	if !ok {
		return true
	}
	r, e := py.Call(c, []py.Object{o}, nil)
	return e == nil && r == true
}

// reduce is reduce(function, iterable[, initial]).
func reduce(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if len(kw) > 0 {
		return nil, py.Errorf(py.TypeError, "reduce() takes no keyword arguments")
	}
	if len(args) < 2 || len(args) > 3 {
		return nil, py.Errorf(py.TypeError, "reduce expected at least 2 arguments, got %d", len(args))
	}
	it, e := py.Iter(args[1])
	if e != nil {
		return nil, py.Errorf(py.TypeError, "reduce() arg 2 must support iteration")
	}
	var acc py.Object
	if len(args) == 3 {
		acc = args[2]
	}
	for {
		v, ok, e := it.Next()
		if e != nil {
			return nil, e
		}
		if !ok {
			break
		}
		if acc == nil {
			acc = v
			continue
		}
		if acc, e = py.Call(args[0], []py.Object{acc, v}, nil); e != nil {
			return nil, e
		}
	}
	if acc == nil {
		return nil, py.Errorf(py.TypeError, "reduce() of empty iterable with no initial value")
	}
	return acc, nil
}

// updateWrapper copies WRAPPER_ASSIGNMENTS from wrapped to wrapper,
// updates its __dict__ and sets __wrapped__.
func updateWrapper(wrapper, wrapped py.Object) (py.Object, *py.Exc) {
	for _, name := range wrapperAssignments {
		if name == "__dict__" {
			continue
		}
		v, e := py.GetAttr(wrapped, name)
		if e != nil {
			if e.Matches(py.AttributeError) {
				continue
			}
			return nil, e
		}
		if f, ok := wrapper.(*py.Function); ok {
			s, isStr := v.(string)
			switch {
			case name == "__name__" && isStr:
				f.Name = s
				continue
			case name == "__qualname__" && isStr:
				f.QualName = s
				continue
			case name == "__module__" && isStr:
				f.Module = s
				continue
			}
		}
		if e := py.SetAttr(wrapper, name, v); e != nil {
			return nil, e
		}
	}
	if src, ok := wrapped.(*py.Function); ok {
		for k, v := range src.Attrs {
			if k == "__wrapped__" || k == "__doc__" {
				continue
			}
			if e := py.SetAttr(wrapper, k, v); e != nil {
				return nil, e
			}
		}
	}
	if e := py.SetAttr(wrapper, "__wrapped__", wrapped); e != nil {
		return nil, e
	}
	return wrapper, nil
}

// lruCache is lru_cache(maxsize=128, typed=False), usable directly as a
// decorator (@lru_cache) or called first (@lru_cache(maxsize=N)).
func lruCache(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	s, e := py.BindArgs("lru_cache", args, kw, []string{"maxsize", "typed"}, 0)
	if e != nil {
		return nil, e
	}
	typed := false
	if s[1] != nil {
		if typed, e = py.Truth(s[1]); e != nil {
			return nil, e
		}
	}
	maxsize := 128
	switch m := s[0].(type) {
	case nil:
	case py.NoneType:
		maxsize = -1
	case int:
		maxsize = max(m, 0)
	case bool:
		maxsize = 0
		if m {
			maxsize = 1
		}
	default:
		if isCallable(m) {
			return newLRUWrapper(m, 128, typed)
		}
		return nil, py.Errorf(py.TypeError, "Expected first argument to be an integer, a callable, or None")
	}
	return fn("functools", "decorating_function", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("decorating_function", args, kw, 1, 1); e != nil {
			return nil, e
		}
		return newLRUWrapper(args[0], maxsize, typed)
	}), nil
}

// lru is the state of one lru_cache wrapper; maxsize < 0 means unbounded.
type lru struct {
	fn           py.Object
	maxsize      int
	typed        bool
	hits, misses int
	index        *py.Dict // key -> *list.Element holding an lruEntry
	order        *list.List
}

type lruEntry struct {
	key, value py.Object
}

// handle wraps a Go value so that it can be stored in a *py.Dict.
type handle struct{ el *list.Element }

func newLRUWrapper(f py.Object, maxsize int, typed bool) (py.Object, *py.Exc) {
	c := &lru{fn: f, maxsize: maxsize, typed: typed, index: py.NewDict(), order: list.New()}
	w := fn("functools", "_lru_cache_wrapper", c.call)
	w.Builtin = false
	info := fn("functools", "cache_info", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("cache_info", args, kw, 0, 0); e != nil {
			return nil, e
		}
		ci := py.NewInstance(CacheInfoClass)
		ci.Attrs["hits"], ci.Attrs["misses"], ci.Attrs["currsize"] = c.hits, c.misses, c.index.Len()
		ci.Attrs["maxsize"] = py.Object(c.maxsize)
		if c.maxsize < 0 {
			ci.Attrs["maxsize"] = py.None
		}
		return ci, nil
	})
	clear := fn("functools", "cache_clear", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("cache_clear", args, kw, 0, 0); e != nil {
			return nil, e
		}
		c.hits, c.misses = 0, 0
		c.index, c.order = py.NewDict(), list.New()
		return py.None, nil
	})
	params := fn("functools", "cache_parameters", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		d := py.NewDict()
		d.SetStr("maxsize", py.None)
		if c.maxsize >= 0 {
			d.SetStr("maxsize", c.maxsize)
		}
		d.SetStr("typed", c.typed)
		return d, nil
	})
	if _, e := updateWrapper(w, f); e != nil {
		return nil, e
	}
	w.Attrs["cache_info"], w.Attrs["cache_clear"], w.Attrs["cache_parameters"] = info, clear, params
	return w, nil
}

// makeKey is CPython's functools._make_key.
func (c *lru) makeKey(args []py.Object, kw []py.Kwarg) py.Object {
	if len(kw) == 0 && !c.typed && len(args) == 1 {
		switch args[0].(type) {
		case int, string:
			return args[0]
		}
	}
	key := append(py.Tuple{}, args...)
	if len(kw) > 0 {
		key = append(key, kwdMark)
		for _, k := range kw {
			key = append(key, k.Name, k.Value)
		}
	}
	if c.typed {
		for _, a := range args {
			key = append(key, py.TypeOf(a))
		}
		for _, k := range kw {
			key = append(key, py.TypeOf(k.Value))
		}
	}
	return key
}

func (c *lru) call(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if c.maxsize == 0 {
		c.misses++
		return py.Call(c.fn, args, kw)
	}
	key := c.makeKey(args, kw)
	h, found, e := c.index.Get(key)
	if e != nil {
		return nil, e
	}
	if found {
		c.hits++
		el := h.(*handle).el
		c.order.MoveToBack(el)
		return el.Value.(*lruEntry).value, nil
	}
	c.misses++
	r, e := py.Call(c.fn, args, kw)
	if e != nil {
		return nil, e
	}
	if _, found, _ := c.index.Get(key); found {
		// A recursive call cached the same key meanwhile.
		return r, nil
	}
	if e := c.index.Set(key, &handle{c.order.PushBack(&lruEntry{key, r})}); e != nil {
		return nil, e
	}
	if c.maxsize > 0 && c.index.Len() > c.maxsize {
		old := c.order.Front()
		c.order.Remove(old)
		if _, e := c.index.Delete(old.Value.(*lruEntry).key); e != nil {
			return nil, e
		}
	}
	return r, nil
}

// totalOrdering is the total_ordering class decorator: it defines the
// missing rich comparisons from __eq__ and one of __lt__, __le__, __gt__,
// __ge__ defined by the class itself.
func totalOrdering(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if e := argN("total_ordering", args, kw, 1, 1); e != nil {
		return nil, e
	}
	cls, ok := args[0].(*py.Class)
	if !ok {
		return nil, py.Errorf(py.TypeError, "total_ordering expects a class")
	}
	var root string
	for _, n := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		if _, ok := cls.Attrs[n]; ok {
			root = n
			break
		}
	}
	if root == "" {
		return nil, py.Errorf(py.ValueError, "must define at least one ordering operation: < > <= >=")
	}
	rootFn := cls.Attrs[root]
	call := func(self, other py.Object) (py.Object, *py.Exc) {
		return py.Call(&py.Method{Self: self, Func: rootFn}, []py.Object{other}, nil)
	}
	// derive(op) computes op from root's result r and self == other.
	type rule struct {
		useEq, negate, orEq bool
	}
	rules := map[string]map[string]rule{
		"__lt__": {"__gt__": {negate: true, orEq: false, useEq: true}, "__le__": {orEq: true}, "__ge__": {negate: true}},
		"__le__": {"__ge__": {negate: true, orEq: true}, "__lt__": {useEq: true}, "__gt__": {negate: true}},
		"__gt__": {"__lt__": {negate: true, useEq: true}, "__ge__": {orEq: true}, "__le__": {negate: true}},
		"__ge__": {"__le__": {negate: true, orEq: true}, "__gt__": {useEq: true}, "__lt__": {negate: true}},
	}[root]
	for op, r := range rules {
		if _, ok := cls.Attrs[op]; ok {
			continue
		}
		r := r
		method(cls, op, func(self py.Object, args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
			other := args[0]
			res, e := call(self, other)
			if e != nil || res == py.NotImplemented {
				return res, e
			}
			t, e := py.Truth(res)
			if e != nil {
				return nil, e
			}
			if r.negate {
				t = !t
			}
			switch {
			case r.useEq && !r.negate && t:
				// a < b from a <= b: (a <= b) and a != b.
				eq, e := py.Eq(self, other)
				return !eq, e
			case r.useEq && r.negate && t:
				// a > b from a < b: not (a < b) and a != b.
				eq, e := py.Eq(self, other)
				return !eq, e
			case r.orEq && !t:
				return py.Eq(self, other)
			}
			return t, nil
		})
	}
	return cls, nil
}

// cmpToKey is cmp_to_key(mycmp): a key function for sorted and friends.
func cmpToKey(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	s, e := py.BindArgs("cmp_to_key", args, kw, []string{"mycmp"}, 1)
	if e != nil {
		return nil, e
	}
	cmp := s[0]
	return fn("functools", "K", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		s, e := py.BindArgs("K", args, kw, []string{"obj"}, 1)
		if e != nil {
			return nil, e
		}
		k := py.NewInstance(cmpKeyClass)
		k.Attrs["obj"], k.Attrs["_cmp"] = s[0], cmp
		return k, nil
	}), nil
}

// cachedProperty is cached_property(func): a property computed on first
// access and then kept in the instance's attributes.
func cachedProperty(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if e := argN("cached_property", args, kw, 1, 1); e != nil {
		return nil, e
	}
	f := args[0]
	nameObj, e := py.GetAttr(f, "__name__")
	if e != nil {
		return nil, e
	}
	name, _ := nameObj.(string)
	get := fn("functools", name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		inst, ok := args[0].(*py.Instance)
		if ok {
			if v, ok := inst.Attrs[name]; ok {
				return v, nil
			}
		}
		v, e := py.Call(f, args[:1], nil)
		if e != nil {
			return nil, e
		}
		if ok {
			inst.Attrs[name] = v
		}
		return v, nil
	})
	return &py.Property{Get: get}, nil
}
