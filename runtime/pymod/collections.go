package pymod

import (
	"github.com/asyncgen/asyncgen/runtime/py"
)

// Collections is the collections module: deque, defaultdict, Counter,
// OrderedDict and namedtuple. defaultdict, Counter and OrderedDict values
// are *py.Dict values whose Class is the subtype, so every dict operation
// applies to them.
var Collections = &py.Module{Name: "collections", Attrs: map[string]py.Object{}}

var (
	// DefaultDictClass is collections.defaultdict; Dict.Data holds the
	// default_factory.
	DefaultDictClass = py.NewClass("defaultdict", "collections", py.DictType)
	// CounterClass is collections.Counter.
	CounterClass = py.NewClass("Counter", "collections", py.DictType)
	// OrderedDictClass is collections.OrderedDict.
	OrderedDictClass = py.NewClass("OrderedDict", "collections", py.DictType)
)

// initCollections fills the module in on its first import (see Import).
func initCollections() {
	a := Collections.Attrs
	a["deque"] = DequeClass
	a["defaultdict"] = DefaultDictClass
	a["Counter"] = CounterClass
	a["OrderedDict"] = OrderedDictClass
	a["namedtuple"] = fn("collections", "namedtuple", namedtuple)
	initDefaultDict()
	initCounter()
	initOrderedDict()
}

// newDictOf builds dict(*args, **kw) as an instance of cls.
func newDictOf(cls *py.Class, args []py.Object, kw []py.Kwarg) (*py.Dict, *py.Exc) {
	r, e := py.Call(py.DictType, args, kw)
	if e != nil {
		return nil, e
	}
	d := r.(*py.Dict)
	d.Class = cls
	return d, nil
}

// dictDunder stores a dunder method of a dict subtype, called with self
// and its arguments.
func dictDunder(cls *py.Class, name string, f func(d *py.Dict, args []py.Object) (py.Object, *py.Exc)) {
	cls.SetMethod(name, py.NewBuiltin(name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		d, ok := args[0].(*py.Dict)
		if !ok || d.Class == nil || !d.Class.IsSubclass(cls) {
			return nil, py.Errorf(py.TypeError, "descriptor '%s' requires a '%s' object", name, cls.Name)
		}
		return f(d, args[1:])
	}))
}

// plainRepr is the repr of d as a plain dict.
func plainRepr(d *py.Dict) (string, *py.Exc) {
	cls := d.Class
	d.Class = nil
	s, e := py.ReprE(d)
	d.Class = cls
	return s, e
}

func initDefaultDict() {
	py.DefineConstructor(DefaultDictClass, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		factory := py.Object(py.None)
		if len(args) > 0 {
			factory = args[0]
			args = args[1:]
			if factory != py.None && !py.IsCallable(factory) {
				return nil, py.Errorf(py.TypeError, "first argument must be callable or None")
			}
		}
		d, e := newDictOf(DefaultDictClass, args, kw)
		if e != nil {
			return nil, e
		}
		d.Data = factory
		return d, nil
	})
	py.DefineProperty(DefaultDictClass, "default_factory", func(self py.Object) (py.Object, *py.Exc) {
		if f := self.(*py.Dict).Data; f != nil {
			return f, nil
		}
		return py.None, nil
	})
	dictDunder(DefaultDictClass, "__missing__", func(d *py.Dict, args []py.Object) (py.Object, *py.Exc) {
		if d.Data == nil || d.Data == py.None {
			return nil, py.NewExc(py.KeyError, args[0])
		}
		v, e := py.Call0(d.Data)
		if e != nil {
			return nil, e
		}
		return v, d.Set(args[0], v)
	})
	dictDunder(DefaultDictClass, "__repr__", func(d *py.Dict, args []py.Object) (py.Object, *py.Exc) {
		f := d.Data
		if f == nil {
			f = py.None
		}
		fs, e := py.ReprE(f)
		if e != nil {
			return nil, e
		}
		s, e := plainRepr(d)
		return d.Class.Name + "(" + fs + ", " + s + ")", e
	})
}

// counterGet is c[key] with missing keys counting 0.
func counterGet(c *py.Dict, key py.Object) (py.Object, *py.Exc) {
	v, ok, e := c.Get(key)
	if e != nil || ok {
		return v, e
	}
	return 0, nil
}

// counterUpdate adds (sign 1) or subtracts (sign -1) the counts of a
// mapping or the occurrences of an iterable's elements.
func counterUpdate(c *py.Dict, src py.Object, sign int) *py.Exc {
	if m, ok := src.(*py.Dict); ok {
		for _, it := range m.Items() {
			old, e := counterGet(c, it[0])
			if e != nil {
				return e
			}
			var v py.Object
			if sign > 0 {
				v, e = py.Add(old, it[1])
			} else {
				v, e = py.Sub(old, it[1])
			}
			if e != nil {
				return e
			}
			if e := c.Set(it[0], v); e != nil {
				return e
			}
		}
		return nil
	}
	it, e := py.Iter(src)
	if e != nil {
		return e
	}
	for {
		x, ok, e := it.Next()
		if e != nil {
			return e
		}
		if !ok {
			return nil
		}
		old, e := counterGet(c, x)
		if e != nil {
			return e
		}
		v, e := py.Add(old, sign)
		if e != nil {
			return e
		}
		if e := c.Set(x, v); e != nil {
			return e
		}
	}
}

// counterArgs applies the arguments of Counter(...), update(...) or
// subtract(...): one optional positional iterable or mapping and keyword
// counts.
func counterArgs(name string, c *py.Dict, args []py.Object, kw []py.Kwarg, sign int) *py.Exc {
	if len(args) > 1 {
		return py.Errorf(py.TypeError, "expected at most 1 arguments, got %d", len(args))
	}
	if len(args) == 1 && args[0] != py.None {
		if e := counterUpdate(c, args[0], sign); e != nil {
			return e
		}
	}
	if len(kw) > 0 {
		m := py.NewDict()
		for _, k := range kw {
			m.SetStr(k.Name, k.Value)
		}
		return counterUpdate(c, m, sign)
	}
	return nil
}

// mostCommon is Counter.most_common(n): the items by decreasing count,
// equal counts in insertion order.
func mostCommon(c *py.Dict, n int) (*py.List, *py.Exc) {
	items := make([]py.Object, 0, c.Len())
	for _, it := range c.Items() {
		items = append(items, it)
	}
	l, e := py.Sorted(py.NewList(items...), itemGetter1, true)
	if e != nil {
		return nil, e
	}
	if n >= 0 && n < len(l.Items) {
		l.Items = l.Items[:n:n]
	}
	return l, nil
}

var itemGetter1 = py.NewBuiltin("itemgetter", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	return py.GetItem(args[0], 1)
})

// NewCounter returns an empty Counter.
func NewCounter() *py.Dict {
	d := py.NewDict()
	d.Class = CounterClass
	return d
}

// counterBinary implements Counter + - | & with the result keeping
// positive counts only.
func counterBinary(op string) func(c *py.Dict, args []py.Object) (py.Object, *py.Exc) {
	return func(c *py.Dict, args []py.Object) (py.Object, *py.Exc) {
		o, ok := args[0].(*py.Dict)
		if !ok || o.Class == nil || !o.Class.IsSubclass(CounterClass) {
			return py.NotImplemented, nil
		}
		r := NewCounter()
		combine := func(x, y py.Object) (py.Object, *py.Exc) {
			switch op {
			case "+":
				return py.Add(x, y)
			case "-":
				return py.Sub(x, y)
			case "|":
				if lt, e := py.Lt(x, y); e != nil || lt {
					return y, e
				}
				return x, nil
			default:
				if lt, e := py.Lt(x, y); e != nil || lt {
					return x, e
				}
				return y, nil
			}
		}
		for _, it := range c.Items() {
			other, e := counterGet(o, it[1-1])
			if e != nil {
				return nil, e
			}
			v, e := combine(it[1], other)
			if e != nil {
				return nil, e
			}
			if pos, e := py.Gt(v, 0); e != nil {
				return nil, e
			} else if pos {
				if e := r.Set(it[0], v); e != nil {
					return nil, e
				}
			}
		}
		if op == "&" {
			return r, nil
		}
		for _, it := range o.Items() {
			if _, ok, e := c.Get(it[0]); e != nil || ok {
				if e != nil {
					return nil, e
				}
				continue
			}
			v := it[1]
			if op == "-" {
				var e *py.Exc
				if v, e = py.Sub(0, v); e != nil {
					return nil, e
				}
			}
			if pos, e := py.Gt(v, 0); e != nil {
				return nil, e
			} else if pos {
				if e := r.Set(it[0], v); e != nil {
					return nil, e
				}
			}
		}
		return r, nil
	}
}

func initCounter() {
	py.DefineConstructor(CounterClass, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		c := NewCounter()
		return c, counterArgs("Counter", c, args, kw, 1)
	})
	dictDunder(CounterClass, "__missing__", func(d *py.Dict, args []py.Object) (py.Object, *py.Exc) { return 0, nil })
	dictDunder(CounterClass, "__repr__", func(d *py.Dict, args []py.Object) (py.Object, *py.Exc) {
		if d.Len() == 0 {
			return d.Class.Name + "()", nil
		}
		plain := py.NewDict()
		l, e := mostCommon(d, -1)
		if e != nil {
			if !e.Matches(py.TypeError) {
				return nil, e
			}
			plain = d.Copy()
			plain.Class = nil
		} else {
			for _, it := range l.Items {
				t := it.(py.Tuple)
				if e := plain.Set(t[0], t[1]); e != nil {
					return nil, e
				}
			}
		}
		s, e := py.ReprE(plain)
		return d.Class.Name + "(" + s + ")", e
	})
	for name, op := range map[string]string{"__add__": "+", "__sub__": "-", "__or__": "|", "__and__": "&"} {
		dictDunder(CounterClass, name, counterBinary(op))
	}
	dictDunder(CounterClass, "__pos__", func(d *py.Dict, args []py.Object) (py.Object, *py.Exc) {
		return counterBinary("+")(NewCounter(), []py.Object{d})
	})
	dictDunder(CounterClass, "__neg__", func(d *py.Dict, args []py.Object) (py.Object, *py.Exc) {
		return counterBinary("-")(NewCounter(), []py.Object{d})
	})
	py.DefineVarMethod(CounterClass, "update", func(self py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return py.None, counterArgs("update", self.(*py.Dict), args, kw, 1)
	})
	py.DefineVarMethod(CounterClass, "subtract", func(self py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return py.None, counterArgs("subtract", self.(*py.Dict), args, kw, -1)
	})
	py.DefineMethod(CounterClass, "most_common", []string{"n"}, 0, func(self py.Object, a []py.Object) (py.Object, *py.Exc) {
		n := -1
		if a[0] != nil && a[0] != py.None {
			var e *py.Exc
			if n, e = py.Index(a[0]); e != nil {
				return nil, e
			}
			n = max(n, 0)
		}
		return mostCommon(self.(*py.Dict), n)
	})
	py.DefineMethod(CounterClass, "total", nil, 0, func(self py.Object, a []py.Object) (py.Object, *py.Exc) {
		return py.Sum(py.NewList(self.(*py.Dict).Values()...), 0)
	})
	py.DefineMethod(CounterClass, "elements", nil, 0, func(self py.Object, a []py.Object) (py.Object, *py.Exc) {
		items := self.(*py.Dict).Items()
		i, left := 0, 0
		return py.NewFuncIter("itertools.chain", func() (py.Object, bool, *py.Exc) {
			for left <= 0 {
				if i >= len(items) {
					return nil, false, nil
				}
				n, e := py.Index(items[i][1])
				if e != nil {
					return nil, false, e
				}
				left = n
				i++
			}
			left--
			return items[i-1][0], true, nil
		}), nil
	})
}

func initOrderedDict() {
	py.DefineConstructor(OrderedDictClass, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return newDictOf(OrderedDictClass, args, kw)
	})
	dictDunder(OrderedDictClass, "__repr__", func(d *py.Dict, args []py.Object) (py.Object, *py.Exc) {
		if d.Len() == 0 {
			return d.Class.Name + "()", nil
		}
		items := make([]py.Object, 0, d.Len())
		for _, it := range d.Items() {
			items = append(items, it)
		}
		s, e := py.ReprE(py.NewList(items...))
		return d.Class.Name + "(" + s + ")", e
	})
	py.DefineMethod(OrderedDictClass, "move_to_end", []string{"key", "last"}, 1, func(self py.Object, a []py.Object) (py.Object, *py.Exc) {
		d := self.(*py.Dict)
		last := true
		if a[1] != nil {
			t, e := py.Truth(a[1])
			if e != nil {
				return nil, e
			}
			last = t
		}
		v, ok, e := d.Get(a[0])
		if e != nil {
			return nil, e
		}
		if !ok {
			return nil, py.NewExc(py.KeyError, a[0])
		}
		if last {
			if _, e := d.Pop(a[0]); e != nil {
				return nil, e
			}
			return py.None, d.Set(a[0], v)
		}
		items := d.Items()
		d.Clear()
		if e := d.Set(a[0], v); e != nil {
			return nil, e
		}
		for _, it := range items {
			if e := d.Set(it[0], it[1]); e != nil {
				return nil, e
			}
		}
		return py.None, nil
	})
	py.DefineMethod(OrderedDictClass, "popitem", []string{"last"}, 0, func(self py.Object, a []py.Object) (py.Object, *py.Exc) {
		d := self.(*py.Dict)
		if d.Len() == 0 {
			return nil, py.NewExc(py.KeyError, "dictionary is empty")
		}
		last := true
		if a[0] != nil {
			t, e := py.Truth(a[0])
			if e != nil {
				return nil, e
			}
			last = t
		}
		if last {
			return d.PopItem()
		}
		k := d.Keys()[0]
		v, e := d.Pop(k)
		if e != nil {
			return nil, e
		}
		return py.Tuple{k, v}, nil
	})
}
