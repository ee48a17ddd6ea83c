package pymod

import (
	"strings"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// DequeClass is collections.deque. Its instances are *py.Instance values
// whose Native field holds a *Deque, so that Python subclasses work and
// every dunder (len, iteration, indexing, in, ==, repr) goes through the
// class like a user class's.
var DequeClass = py.NewClass("deque", "collections", py.ObjectClass)

// Deque is the state of a collections.deque: a ring buffer with an
// optional maximum length.
type Deque struct {
	buf    []py.Object
	head   int
	n      int
	maxlen int // -1 when unbounded
	// state counts mutations, so that iterators notice them.
	state int
}

// Len is len(d).
func (d *Deque) Len() int { return d.n }

// At returns d[i] for 0 <= i < d.Len().
func (d *Deque) At(i int) py.Object { return d.buf[(d.head+i)%len(d.buf)] }

func (d *Deque) set(i int, v py.Object) { d.buf[(d.head+i)%len(d.buf)] = v }

func (d *Deque) grow() {
	if d.n < len(d.buf) {
		return
	}
	nb := make([]py.Object, max(8, 2*len(d.buf)))
	for i := 0; i < d.n; i++ {
		nb[i] = d.At(i)
	}
	d.buf, d.head = nb, 0
}

// Items returns a copy of d's elements, left to right.
func (d *Deque) Items() []py.Object {
	out := make([]py.Object, d.n)
	for i := range out {
		out[i] = d.At(i)
	}
	return out
}

// Append is d.append(x); a full bounded deque drops its leftmost element.
func (d *Deque) Append(x py.Object) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	if d.maxlen > 0 && d.n == d.maxlen {
		d.PopLeft()
	}
	d.grow()
	d.buf[(d.head+d.n)%len(d.buf)] = x
	d.n++
}

// AppendLeft is d.appendleft(x); a full bounded deque drops its rightmost
// element.
func (d *Deque) AppendLeft(x py.Object) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	if d.maxlen > 0 && d.n == d.maxlen {
		d.Pop()
	}
	d.grow()
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = x
	d.n++
}

// Pop removes and returns the rightmost element (nil when empty).
func (d *Deque) Pop() py.Object {
	if d.n == 0 {
		return nil
	}
	d.state++
	i := (d.head + d.n - 1) % len(d.buf)
	v := d.buf[i]
	d.buf[i] = nil
	d.n--
	return v
}

// PopLeft removes and returns the leftmost element (nil when empty).
func (d *Deque) PopLeft() py.Object {
	if d.n == 0 {
		return nil
	}
	d.state++
	v := d.buf[d.head]
	d.buf[d.head] = nil
	d.head = (d.head + 1) % len(d.buf)
	d.n--
	return v
}

func (d *Deque) clear() {
	d.state++
	d.buf, d.head, d.n = nil, 0, 0
}

// setItems replaces d's content.
func (d *Deque) setItems(items []py.Object) {
	d.clear()
	for _, x := range items {
		d.Append(x)
	}
}

// NewDeque returns a deque instance holding items (maxlen < 0: unbounded).
func NewDeque(items []py.Object, maxlen int) *py.Instance {
	inst := py.NewInstance(DequeClass)
	d := &Deque{maxlen: maxlen}
	inst.Native = d
	for _, x := range items {
		d.Append(x)
	}
	return inst
}

// dequeOf returns the state of a deque instance.
func dequeOf(o py.Object, method string) (*Deque, *py.Exc) {
	if inst, ok := o.(*py.Instance); ok {
		if d, ok := inst.Native.(*Deque); ok {
			return d, nil
		}
	}
	return nil, py.Errorf(py.TypeError, "descriptor '%s' for 'collections.deque' objects doesn't apply to a '%s' object", method, py.TypeName(o))
}

// dequeMethod stores a method of deque taking the named parameters after
// self (the first required of them mandatory).
func dequeMethod(name string, params []string, required int, f func(self *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc)) {
	b := py.NewBuiltin(name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(args) == 0 {
			return nil, py.Errorf(py.TypeError, "unbound method deque.%s() needs an argument", name)
		}
		d, e := dequeOf(args[0], name)
		if e != nil {
			return nil, e
		}
		a, e := py.BindArgs(name, args[1:], kw, params, required)
		if e != nil {
			return nil, e
		}
		return f(args[0].(*py.Instance), d, a)
	})
	b.QualName = "deque." + name
	DequeClass.SetMethod(name, b)
}

// dequeIndex normalises a deque index, raising IndexError when it is out
// of range.
func dequeIndex(d *Deque, key py.Object) (int, *py.Exc) {
	if _, ok := key.(*py.Slice); ok {
		return 0, py.Errorf(py.TypeError, "sequence index must be integer, not 'slice'")
	}
	i, e := py.Index(key)
	if e != nil {
		return 0, py.Errorf(py.TypeError, "sequence index must be integer, not '%s'", py.TypeName(key))
	}
	if i < 0 {
		i += d.n
	}
	if i < 0 || i >= d.n {
		return 0, py.Errorf(py.IndexError, "deque index out of range")
	}
	return i, nil
}

// dequeExtend appends (or, left, prepends) the elements of it to d.
func dequeExtend(d *Deque, it py.Object, left bool) *py.Exc {
	items, e := py.ToSlice(it)
	if e != nil {
		return e
	}
	items = append([]py.Object(nil), items...)
	for _, x := range items {
		if left {
			d.AppendLeft(x)
		} else {
			d.Append(x)
		}
	}
	return nil
}

// dequeFind returns the index of the first element equal to x in
// [start, stop), or -1.
func dequeFind(d *Deque, x py.Object, start, stop int) (int, *py.Exc) {
	state := d.state
	for i := start; i < stop && i < d.n; i++ {
		eq, e := py.Eq(d.At(i), x)
		if e != nil {
			return 0, e
		}
		if d.state != state {
			return 0, py.Errorf(py.RuntimeError, "deque mutated during iteration")
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func dequeRepr(self *py.Instance, d *Deque) (string, *py.Exc) {
	var b strings.Builder
	b.WriteString(self.Class.Name)
	b.WriteString("([")
	for i, x := range d.Items() {
		if i > 0 {
			b.WriteString(", ")
		}
		if x == py.Object(self) {
			b.WriteString("[...]")
			continue
		}
		s, e := py.ReprE(x)
		if e != nil {
			return "", e
		}
		b.WriteString(s)
	}
	b.WriteString("]")
	if d.maxlen >= 0 {
		b.WriteString(", maxlen=")
		b.WriteString(py.Repr(d.maxlen))
	}
	b.WriteString(")")
	return b.String(), nil
}

// initDeque fills the module in on its first import (see Import).
func initDeque() {
	// __init__ must work on a fresh instance, which has no state yet.
	DequeClass.SetMethod("__init__", py.NewBuiltin("__init__", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		self, ok := args[0].(*py.Instance)
		if !ok {
			return nil, py.Errorf(py.TypeError, "descriptor '__init__' requires a 'collections.deque' object")
		}
		a, e := py.BindArgs("deque", args[1:], kw, []string{"iterable", "maxlen"}, 0)
		if e != nil {
			return nil, e
		}
		maxlen := -1
		if a[1] != nil && a[1] != py.None {
			m, e := py.Index(a[1])
			if e != nil {
				return nil, py.Errorf(py.TypeError, "an integer is required")
			}
			if m < 0 {
				return nil, py.Errorf(py.ValueError, "maxlen must be non-negative")
			}
			maxlen = m
		}
		d, _ := self.Native.(*Deque)
		if d == nil {
			d = &Deque{}
			self.Native = d
		}
		d.clear()
		d.maxlen = maxlen
		if a[0] != nil {
			return py.None, dequeExtend(d, a[0], false)
		}
		return py.None, nil
	}))
	DequeClass.SetMethod("__hash__", py.None)
	DequeClass.SetMethod("maxlen", &py.Property{Get: py.NewBuiltin("maxlen", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		d, e := dequeOf(args[0], "maxlen")
		if e != nil {
			return nil, e
		}
		if d.maxlen < 0 {
			return py.None, nil
		}
		return d.maxlen, nil
	})})
	dequeMethod("append", []string{"x"}, 1, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		d.Append(a[0])
		return py.None, nil
	})
	dequeMethod("appendleft", []string{"x"}, 1, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		d.AppendLeft(a[0])
		return py.None, nil
	})
	dequeMethod("pop", nil, 0, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		if v := d.Pop(); v != nil {
			return v, nil
		}
		return nil, py.Errorf(py.IndexError, "pop from an empty deque")
	})
	dequeMethod("popleft", nil, 0, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		if v := d.PopLeft(); v != nil {
			return v, nil
		}
		return nil, py.Errorf(py.IndexError, "pop from an empty deque")
	})
	dequeMethod("extend", []string{"iterable"}, 1, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		return py.None, dequeExtend(d, a[0], false)
	})
	dequeMethod("extendleft", []string{"iterable"}, 1, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		return py.None, dequeExtend(d, a[0], true)
	})
	dequeMethod("__iadd__", []string{"other"}, 1, func(self *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		return self, dequeExtend(d, a[0], false)
	})
	dequeMethod("__add__", []string{"other"}, 1, func(self *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		o, e := dequeOf(a[0], "__add__")
		if e != nil {
			return nil, py.Errorf(py.TypeError, "can only concatenate deque (not \"%s\") to deque", py.TypeName(a[0]))
		}
		r := NewDeque(d.Items(), d.maxlen)
		r.Class = self.Class
		for _, x := range o.Items() {
			r.Native.(*Deque).Append(x)
		}
		return r, nil
	})
	dequeMethod("rotate", []string{"n"}, 0, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		n := 1
		if a[0] != nil {
			var e *py.Exc
			if n, e = py.Index(a[0]); e != nil {
				return nil, e
			}
		}
		if d.n <= 1 {
			return py.None, nil
		}
		n %= d.n
		if n < 0 {
			n += d.n
		}
		items := d.Items()
		rot := append(append([]py.Object{}, items[d.n-n:]...), items[:d.n-n]...)
		for i, x := range rot {
			d.set(i, x)
		}
		d.state++
		return py.None, nil
	})
	dequeMethod("reverse", nil, 0, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
			x, y := d.At(i), d.At(j)
			d.set(i, y)
			d.set(j, x)
		}
		d.state++
		return py.None, nil
	})
	dequeMethod("clear", nil, 0, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		d.clear()
		return py.None, nil
	})
	copyFn := func(self *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		r := NewDeque(d.Items(), d.maxlen)
		r.Class = self.Class
		return r, nil
	}
	dequeMethod("copy", nil, 0, copyFn)
	dequeMethod("__copy__", nil, 0, copyFn)
	dequeMethod("count", []string{"x"}, 1, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		n, state := 0, d.state
		for i := 0; i < d.n; i++ {
			eq, e := py.Eq(d.At(i), a[0])
			if e != nil {
				return nil, e
			}
			if d.state != state {
				return nil, py.Errorf(py.RuntimeError, "deque mutated during iteration")
			}
			if eq {
				n++
			}
		}
		return n, nil
	})
	dequeMethod("index", []string{"x", "start", "stop"}, 1, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		start, stop := 0, d.n
		for k, p := range []*int{&start, &stop} {
			if a[k+1] == nil {
				continue
			}
			v, e := py.Index(a[k+1])
			if e != nil {
				return nil, e
			}
			if v < 0 {
				v = max(0, v+d.n)
			}
			*p = v
		}
		i, e := dequeFind(d, a[0], start, stop)
		if e != nil {
			return nil, e
		}
		if i < 0 {
			return nil, py.Errorf(py.ValueError, "%s is not in deque", py.Repr(a[0]))
		}
		return i, nil
	})
	dequeMethod("insert", []string{"i", "x"}, 2, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		i, e := py.Index(a[0])
		if e != nil {
			return nil, e
		}
		if d.maxlen >= 0 && d.n >= d.maxlen {
			return nil, py.Errorf(py.IndexError, "deque already at its maximum size")
		}
		l := py.NewList(d.Items()...)
		l.Insert(i, a[1])
		d.setItems(l.Items)
		return py.None, nil
	})
	dequeMethod("remove", []string{"value"}, 1, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		i, e := dequeFind(d, a[0], 0, d.n)
		if e != nil {
			return nil, e
		}
		if i < 0 {
			return nil, py.Errorf(py.ValueError, "deque.remove(x): x not in deque")
		}
		items := d.Items()
		d.setItems(append(items[:i], items[i+1:]...))
		return py.None, nil
	})
	dequeMethod("__len__", nil, 0, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		return d.n, nil
	})
	dequeMethod("__bool__", nil, 0, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		return d.n > 0, nil
	})
	dequeMethod("__iter__", nil, 0, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		return dequeIter(d, false), nil
	})
	dequeMethod("__reversed__", nil, 0, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		return dequeIter(d, true), nil
	})
	dequeMethod("__getitem__", []string{"key"}, 1, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		i, e := dequeIndex(d, a[0])
		if e != nil {
			return nil, e
		}
		return d.At(i), nil
	})
	dequeMethod("__setitem__", []string{"key", "value"}, 2, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		i, e := dequeIndex(d, a[0])
		if e != nil {
			return nil, e
		}
		d.set(i, a[1])
		return py.None, nil
	})
	dequeMethod("__delitem__", []string{"key"}, 1, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		i, e := dequeIndex(d, a[0])
		if e != nil {
			return nil, e
		}
		items := d.Items()
		d.setItems(append(items[:i], items[i+1:]...))
		return py.None, nil
	})
	dequeMethod("__contains__", []string{"x"}, 1, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		i, e := dequeFind(d, a[0], 0, d.n)
		return i >= 0, e
	})
	dequeMethod("__repr__", nil, 0, func(self *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
		return dequeRepr(self, d)
	})
	for _, op := range []string{"<", "<=", "==", "!=", ">", ">="} {
		name := map[string]string{"<": "__lt__", "<=": "__le__", "==": "__eq__", "!=": "__ne__", ">": "__gt__", ">=": "__ge__"}[op]
		dequeMethod(name, []string{"other"}, 1, func(_ *py.Instance, d *Deque, a []py.Object) (py.Object, *py.Exc) {
			inst, ok := a[0].(*py.Instance)
			if !ok {
				return py.NotImplemented, nil
			}
			o, ok := inst.Native.(*Deque)
			if !ok {
				return py.NotImplemented, nil
			}
			return py.CompareOp(op, py.Tuple(d.Items()), py.Tuple(o.Items()))
		})
	}
}

// dequeIter iterates over d, raising RuntimeError when d changes.
func dequeIter(d *Deque, reverse bool) *py.FuncIter {
	name := "_collections._deque_iterator"
	if reverse {
		name = "_collections._deque_reverse_iterator"
	}
	i, state, n := 0, d.state, d.n
	return py.NewFuncIter(name, func() (py.Object, bool, *py.Exc) {
		if d.state != state || d.n != n {
			return nil, false, py.Errorf(py.RuntimeError, "deque mutated during iteration")
		}
		if i >= d.n {
			return nil, false, nil
		}
		j := i
		if reverse {
			j = d.n - 1 - i
		}
		i++
		return d.At(j), true, nil
	})
}
