package pymod

import (
	"testing"

	"github.com/asyncgen/asyncgen/runtime/py"
)

func TestLRUCacheInfo(t *testing.T) {
	calls := 0
	sq := py.NewBuiltin("sq", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		calls++
		return py.Mul(args[0], args[0])
	})
	deco, e := py.Call(Functools.Attrs["lru_cache"], nil, []py.Kwarg{{Name: "maxsize", Value: 2}})
	if e != nil {
		t.Fatal(e)
	}
	f, e := py.Call(deco, []py.Object{sq}, nil)
	if e != nil {
		t.Fatal(e)
	}
	// The sequence 1 2 1 3 2 with maxsize=2 gives CPython's
	// CacheInfo(hits=1, misses=4, maxsize=2, currsize=2).
	for _, x := range []int{1, 2, 1, 3, 2} {
		if _, e := py.Call(f, []py.Object{x}, nil); e != nil {
			t.Fatal(e)
		}
	}
	info, e := py.CallMethod(f, "cache_info", nil, nil)
	if e != nil {
		t.Fatal(e)
	}
	if got, want := py.Repr(info), "CacheInfo(hits=1, misses=4, maxsize=2, currsize=2)"; got != want {
		t.Errorf("cache_info() = %s, want %s", got, want)
	}
	if calls != 4 {
		t.Errorf("function ran %d times, want 4", calls)
	}
	if name, _ := py.GetAttr(f, "__name__"); name != "sq" {
		t.Errorf("__name__ = %v, want sq", name)
	}
}

func TestPartialAndReduce(t *testing.T) {
	maxFn := py.Builtins["max"]
	p, e := py.Call(PartialClass, []py.Object{maxFn, 1}, []py.Kwarg{{Name: "key", Value: py.Builtins["abs"]}})
	if e != nil {
		t.Fatal(e)
	}
	pp, e := py.Call(PartialClass, []py.Object{p, -5}, nil)
	if e != nil {
		t.Fatal(e)
	}
	if got, want := py.Repr(pp), "functools.partial(<built-in function max>, 1, -5, key=<built-in function abs>)"; got != want {
		t.Errorf("repr = %s, want %s", got, want)
	}
	if r, e := py.Call(pp, []py.Object{3}, nil); e != nil || r != -5 {
		t.Errorf("pp(3) = %v, %v; want -5", r, e)
	}
	_, e = py.Call(Functools.Attrs["reduce"], []py.Object{maxFn, py.NewList()}, nil)
	if e == nil || e.Message() != "reduce() of empty iterable with no initial value" || e.Class != py.TypeError {
		t.Errorf("reduce(max, []) raised %v", e)
	}
}
