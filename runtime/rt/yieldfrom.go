package rt

import "github.com/asyncgen/asyncgen/runtime/py"

// YieldFrom returns what "yield from v" delegates to: a generator is
// driven directly (what its driver sends or throws goes into it, and its
// return value is the result); any other iterable is iterated, its items
// yielded one by one, with None as the result.
func YieldFrom(v py.Object) (py.Awaiter, *py.Exc) {
	if g, ok := v.(*py.Generator); ok {
		return g.Delegate(), nil
	}
	if _, ok := v.(py.Coroutine); ok {
		return nil, py.Errorf(py.TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator")
	}
	it, e := py.Iter(v)
	if e != nil {
		return nil, e
	}
	return &iterDelegate{it: it.(py.Iterator)}, nil
}

// iterDelegate yields the items of a plain iterator.
type iterDelegate struct{ it py.Iterator }

func (d *iterDelegate) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	if thrown != nil {
		return nil, py.Raised, thrown
	}
	v, ok, e := d.it.Next()
	switch {
	case e != nil:
		return nil, py.Raised, e
	case !ok:
		return py.None, py.Returned, nil
	}
	return v, py.Yielded, nil
}

// ExcInfo is sys.exc_info() where the compiler knows the exception being
// handled (nil outside any handler): (type, value, traceback).
func ExcInfo(handled *py.Exc) py.Object {
	if handled == nil {
		return py.Tuple{py.None, py.None, py.None}
	}
	return py.Tuple{handled.Class, handled, py.None}
}

// Exception is sys.exception(): the exception being handled, or None.
func Exception(handled *py.Exc) py.Object {
	if handled == nil {
		return py.None
	}
	return handled
}
