package pymod

import (
	"github.com/asyncgen/asyncgen/runtime/py"
)

// Bisect is the bisect module: bisect_left, bisect_right (alias bisect),
// insort_left and insort_right (alias insort), with CPython's lo, hi and
// keyword-only key parameters.
var Bisect = &py.Module{Name: "bisect", Attrs: map[string]py.Object{}}

// initBisect fills the module in on its first import (see Import).
func initBisect() {
	a := Bisect.Attrs
	for _, f := range []struct {
		name          string
		right, insort bool
	}{
		{"bisect_left", false, false}, {"bisect_right", true, false},
		{"insort_left", false, true}, {"insort_right", true, true},
	} {
		a[f.name] = fn("bisect", f.name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			return bisectCall(f.name, f.right, f.insort, args, kw)
		})
	}
	a["bisect"] = a["bisect_right"]
	a["insort"] = a["insort_right"]
}

// bisectCall binds f(a, x, lo=0, hi=len(a), *, key=None) and runs it.
func bisectCall(name string, right, insort bool, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	key := py.Object(py.None)
	rest := kw[:0:0]
	for _, k := range kw {
		if k.Name == "key" {
			key = k.Value
		} else {
			rest = append(rest, k)
		}
	}
	p, e := py.BindArgs(name, args, rest, []string{"a", "x", "lo", "hi"}, 2)
	if e != nil {
		return nil, e
	}
	seq, x := p[0], p[1]
	lo := 0
	if p[2] != nil {
		if lo, e = py.Index(p[2]); e != nil {
			return nil, e
		}
	}
	hi := -1
	if p[3] != nil && p[3] != py.None {
		if hi, e = py.Index(p[3]); e != nil {
			return nil, e
		}
	}
	target := x
	if insort && key != py.None {
		if target, e = py.Call1(key, x); e != nil {
			return nil, e
		}
	}
	i, e := BisectIndex(seq, target, lo, hi, key, right)
	if e != nil || !insort {
		return i, e
	}
	if l, ok := seq.(*py.List); ok && py.TypeOf(l) == py.ListType {
		l.Insert(i, x)
		return py.None, nil
	}
	_, e = py.CallMethod(seq, "insert", []py.Object{i, x}, nil)
	if e != nil {
		return nil, e
	}
	return py.None, nil
}

// BisectIndex is bisect_right(a, x, lo, hi, key=key) when right is set,
// bisect_left otherwise; hi < 0 means len(a), key None compares the
// elements themselves.
func BisectIndex(a, x py.Object, lo, hi int, key py.Object, right bool) (int, *py.Exc) {
	if lo < 0 {
		return 0, py.Errorf(py.ValueError, "lo must be non-negative")
	}
	if hi < 0 {
		n, e := py.Len(a)
		if e != nil {
			return 0, e
		}
		hi = n
	}
	for lo < hi {
		mid := int(uint(lo+hi) / 2)
		item, e := py.GetItem(a, mid)
		if e != nil {
			return 0, e
		}
		if key != py.None {
			if item, e = py.Call1(key, item); e != nil {
				return 0, e
			}
		}
		var lt bool
		if right {
			lt, e = py.Lt(x, item)
		} else {
			lt, e = py.Lt(item, x)
		}
		if e != nil {
			return 0, e
		}
		if lt == right {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}
