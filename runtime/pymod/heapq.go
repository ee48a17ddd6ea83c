package pymod

import (
	"github.com/asyncgen/asyncgen/runtime/py"
)

// Heapq is the heapq module: heappush, heappop, heapify, heappushpop,
// heapreplace, nlargest, nsmallest and merge. The sift loops are those of
// CPython's _heapq, so the list holds its elements in CPython's order after
// every operation; elements are compared with "<" only.
var Heapq = &py.Module{Name: "heapq", Attrs: map[string]py.Object{}}

// initHeapq fills the module in on its first import (see Import).
func initHeapq() {
	a := Heapq.Attrs
	a["heappush"] = fn("heapq", "heappush", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		h, e := heapArgs("heappush", args, kw, 2)
		if e != nil {
			return nil, e
		}
		return py.None, HeapPush(h, args[1])
	})
	a["heappop"] = fn("heapq", "heappop", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		h, e := heapArgs("heappop", args, kw, 1)
		if e != nil {
			return nil, e
		}
		return HeapPop(h)
	})
	a["heapify"] = fn("heapq", "heapify", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		h, e := heapArgs("heapify", args, kw, 1)
		if e != nil {
			return nil, e
		}
		return py.None, Heapify(h)
	})
	a["heapreplace"] = fn("heapq", "heapreplace", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		h, e := heapArgs("heapreplace", args, kw, 2)
		if e != nil {
			return nil, e
		}
		return HeapReplace(h, args[1])
	})
	a["heappushpop"] = fn("heapq", "heappushpop", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		h, e := heapArgs("heappushpop", args, kw, 2)
		if e != nil {
			return nil, e
		}
		return HeapPushPop(h, args[1])
	})
	a["nsmallest"] = fn("heapq", "nsmallest", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return nBest("nsmallest", false, args, kw)
	})
	a["nlargest"] = fn("heapq", "nlargest", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return nBest("nlargest", true, args, kw)
	})
	a["merge"] = fn("heapq", "merge", merge)
}

// heapArgs checks the arguments of a heap function whose first argument
// must be a list.
func heapArgs(name string, args []py.Object, kw []py.Kwarg, n int) (*py.List, *py.Exc) {
	if e := argN(name, args, kw, n, n); e != nil {
		return nil, e
	}
	h, ok := args[0].(*py.List)
	if !ok {
		return nil, py.Errorf(py.TypeError, "%s() argument 1 must be list, not %s", name, py.TypeName(args[0]))
	}
	return h, nil
}

// less is a < b for two heap elements, failing when the comparison
// changed the heap's size.
func less(h *py.List, n int, a, b py.Object) (bool, *py.Exc) {
	r, e := py.Lt(a, b)
	if e != nil {
		return false, e
	}
	if len(h.Items) != n {
		return false, py.Errorf(py.RuntimeError, "list changed size during iteration")
	}
	return r, nil
}

// siftDown moves h[pos] up towards startpos (CPython's _siftdown).
func siftDown(h *py.List, startpos, pos int) *py.Exc {
	n := len(h.Items)
	newitem := h.Items[pos]
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		parent := h.Items[parentpos]
		lt, e := less(h, n, newitem, parent)
		if e != nil {
			return e
		}
		if !lt {
			break
		}
		h.Items[pos] = parent
		pos = parentpos
	}
	h.Items[pos] = newitem
	return nil
}

// siftUp moves the smaller child up until h[pos]'s item reaches a leaf,
// then sifts it down into place (CPython's _siftup).
func siftUp(h *py.List, pos int) *py.Exc {
	endpos := len(h.Items)
	startpos := pos
	newitem := h.Items[pos]
	childpos := 2*pos + 1
	for childpos < endpos {
		rightpos := childpos + 1
		if rightpos < endpos {
			lt, e := less(h, endpos, h.Items[childpos], h.Items[rightpos])
			if e != nil {
				return e
			}
			if !lt {
				childpos = rightpos
			}
		}
		h.Items[pos] = h.Items[childpos]
		pos = childpos
		childpos = 2*pos + 1
	}
	h.Items[pos] = newitem
	return siftDown(h, startpos, pos)
}

// HeapPush is heapq.heappush(h, item).
func HeapPush(h *py.List, item py.Object) *py.Exc {
	h.Append(item)
	return siftDown(h, 0, len(h.Items)-1)
}

// HeapPop is heapq.heappop(h).
func HeapPop(h *py.List) (py.Object, *py.Exc) {
	n := len(h.Items)
	if n == 0 {
		return nil, py.Errorf(py.IndexError, "index out of range")
	}
	last := h.Items[n-1]
	h.Items[n-1] = nil
	h.Items = h.Items[:n-1]
	if n == 1 {
		return last, nil
	}
	ret := h.Items[0]
	h.Items[0] = last
	return ret, siftUp(h, 0)
}

// HeapReplace is heapq.heapreplace(h, item): pop, then push.
func HeapReplace(h *py.List, item py.Object) (py.Object, *py.Exc) {
	if len(h.Items) == 0 {
		return nil, py.Errorf(py.IndexError, "index out of range")
	}
	ret := h.Items[0]
	h.Items[0] = item
	return ret, siftUp(h, 0)
}

// HeapPushPop is heapq.heappushpop(h, item): push, then pop.
func HeapPushPop(h *py.List, item py.Object) (py.Object, *py.Exc) {
	if len(h.Items) == 0 {
		return item, nil
	}
	lt, e := less(h, len(h.Items), h.Items[0], item)
	if e != nil || !lt {
		return item, e
	}
	if len(h.Items) == 0 {
		return nil, py.Errorf(py.IndexError, "index out of range")
	}
	ret := h.Items[0]
	h.Items[0] = item
	return ret, siftUp(h, 0)
}

// Heapify is heapq.heapify(h), with CPython's cache-friendly order for
// lists of more than 2500 elements (the order decides where equal or
// incomparable elements end up).
func Heapify(h *py.List) *py.Exc {
	n := len(h.Items)
	if n > 2500 {
		m := n >> 1
		leftmost := keepTopBit(m+1) - 1
		mhalf := m >> 1
		for _, r := range [][2]int{{leftmost - 1, mhalf}, {m - 1, leftmost}} {
			for i := r[0]; i >= r[1]; i-- {
				for j := i; ; j >>= 1 {
					if e := siftUp(h, j); e != nil {
						return e
					}
					if j&1 == 0 {
						break
					}
				}
			}
		}
		return nil
	}
	for i := n>>1 - 1; i >= 0; i-- {
		if e := siftUp(h, i); e != nil {
			return e
		}
	}
	return nil
}

// keepTopBit clears all but the highest set bit of n.
func keepTopBit(n int) int {
	i := 0
	for n > 1 {
		n >>= 1
		i++
	}
	return n << i
}

// nBest is nsmallest or nlargest(n, iterable, key=None): the n first
// elements of the stably sorted iterable, which is what CPython's
// decorated heap computes.
func nBest(name string, largest bool, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := py.BindArgs(name, args, kw, []string{"n", "iterable", "key"}, 2)
	if e != nil {
		return nil, e
	}
	n, e := py.Index(a[0])
	if e != nil {
		return nil, e
	}
	key := a[2]
	if key == nil {
		key = py.None
	}
	sorted, e := py.Sorted(a[1], key, largest)
	if e != nil {
		return nil, e
	}
	if n < 0 {
		n = 0
	}
	if n < len(sorted.Items) {
		sorted.Items = sorted.Items[:n:n]
	}
	return sorted, nil
}

// merge is heapq.merge(*iterables, key=None, reverse=False): a lazy
// iterator over the sorted inputs that yields, among equal heads, the one
// of the earliest iterable first.
func merge(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	key, reverse := py.Object(py.None), false
	for _, k := range kw {
		switch k.Name {
		case "key":
			key = k.Value
		case "reverse":
			t, e := py.Truth(k.Value)
			if e != nil {
				return nil, e
			}
			reverse = t
		default:
			return nil, py.Errorf(py.TypeError, "merge() got an unexpected keyword argument '%s'", k.Name)
		}
	}
	type head struct {
		it       py.Iterator
		val, key py.Object
	}
	var heads []*head
	its := make([]py.Iterator, len(args))
	for i, o := range args {
		it, e := py.Iter(o)
		if e != nil {
			return nil, e
		}
		its[i] = it
	}
	started := false
	advance := func(h *head) (bool, *py.Exc) {
		v, ok, e := h.it.Next()
		if e != nil || !ok {
			return false, e
		}
		h.val, h.key = v, v
		if key != py.None {
			if h.key, e = py.Call1(key, v); e != nil {
				return false, e
			}
		}
		return true, nil
	}
	return py.NewFuncIter("generator", func() (py.Object, bool, *py.Exc) {
		if !started {
			started = true
			for _, it := range its {
				h := &head{it: it}
				ok, e := advance(h)
				if e != nil {
					return nil, false, e
				}
				if ok {
					heads = append(heads, h)
				}
			}
		}
		if len(heads) == 0 {
			return nil, false, nil
		}
		best := 0
		for i := 1; i < len(heads); i++ {
			var better bool
			var e *py.Exc
			if reverse {
				better, e = py.Lt(heads[best].key, heads[i].key)
			} else {
				better, e = py.Lt(heads[i].key, heads[best].key)
			}
			if e != nil {
				return nil, false, e
			}
			if better {
				best = i
			}
		}
		h := heads[best]
		v := h.val
		ok, e := advance(h)
		if e != nil {
			return nil, false, e
		}
		if !ok {
			heads = append(heads[:best], heads[best+1:]...)
		}
		return v, true, nil
	}), nil
}
