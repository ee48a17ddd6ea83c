package rt

import (
	"github.com/asyncgen/asyncgen/runtime/py"
)

// Iter is iter(v) for a for loop.
func Iter(v py.Object) (py.Object, *py.Exc) {
	it, e := py.Iter(v)
	if e != nil {
		return nil, e
	}
	return it, nil
}

// Next advances a for loop's iterator; done reports exhaustion.
func Next(it py.Object) (item py.Object, done bool, e *py.Exc) {
	v, ok, e := it.(py.Iterator).Next()
	return v, !ok, e
}

// AIter is aiter(v) for an async for loop.
func AIter(v py.Object) (py.Object, *py.Exc) {
	if g, ok := v.(*py.AsyncGenerator); ok {
		return g, nil
	}
	if _, e := py.GetAttr(v, "__aiter__"); e != nil {
		return nil, py.Errorf(py.TypeError, "'async for' requires an object with __aiter__ method, got %s", py.TypeName(v))
	}
	return py.CallMethod(v, "__aiter__", nil, nil)
}

// ANext returns the awaitable of the next item of an async iterator.
func ANext(it py.Object) (py.Awaiter, *py.Exc) {
	if g, ok := it.(*py.AsyncGenerator); ok {
		return g.ANext(), nil
	}
	aw, e := py.CallMethod(it, "__anext__", nil, nil)
	if e != nil {
		return nil, e
	}
	return GetAwaiter(aw)
}

// GetAwaiter returns what "await v" delegates to.
func GetAwaiter(v py.Object) (py.Awaiter, *py.Exc) {
	if a, ok := v.(py.Awaiter); ok {
		return a, nil
	}
	if _, e := py.GetAttr(v, "__await__"); e == nil {
		r, e := py.CallMethod(v, "__await__", nil, nil)
		if e != nil {
			return nil, e
		}
		switch a := r.(type) {
		case py.Awaiter:
			return a, nil
		case *py.Generator:
			return a.Delegate(), nil
		}
		return nil, py.Errorf(py.TypeError, "__await__() returned non-iterator of type '%s'", py.TypeName(r))
	}
	return nil, py.Errorf(py.TypeError, "object %s can't be used in 'await' expression", py.TypeName(v))
}

// Extend appends the items of an iterable to a list being built (a
// display or an argument list with *starred items).
func Extend(list, iterable py.Object) *py.Exc {
	l := list.(*py.List)
	if e := l.Extend(iterable); e != nil {
		if e.Matches(py.TypeError) {
			return py.Errorf(py.TypeError, "Value after * must be an iterable, not %s", py.TypeName(iterable))
		}
		return e
	}
	return nil
}

// Append adds one item to a list being built.
func Append(list, v py.Object) { list.(*py.List).Append(v) }

// Items returns the items of a list being built.
func Items(list py.Object) []py.Object { return list.(*py.List).Items }

// funcStr names a callable in call errors as CPython does: "print()" for
// a builtin, "__main__.f()" for a Python function, the repr otherwise.
func funcStr(f py.Object) string {
	switch v := f.(type) {
	case *py.Function:
		if v.Builtin || v.Module == "" || v.Module == "builtins" {
			return v.QualName + "()"
		}
		return v.Module + "." + v.QualName + "()"
	case *py.Method:
		return funcStr(v.Func)
	case *py.Class:
		return v.QualifiedName() + "()"
	}
	return py.Repr(f)
}

// DictUpdate merges a mapping into a dict display ({**m}).
func DictUpdate(d, m py.Object) *py.Exc { return d.(*py.Dict).Update(m) }

// KwargsUpdate appends the items of a mapping to the keyword arguments of
// a call of callee (f(**m)), with CPython's errors for non-string keys and
// repeats, which name the callee.
func KwargsUpdate(callee py.Object, kw []py.Kwarg, m py.Object) ([]py.Kwarg, *py.Exc) {
	d, ok := m.(*py.Dict)
	if !ok {
		return nil, py.Errorf(py.TypeError, "%s argument after ** must be a mapping, not %s", funcStr(callee), py.TypeName(m))
	}
	for _, item := range d.Items() {
		name, ok := item[0].(string)
		if !ok {
			return nil, py.Errorf(py.TypeError, "keywords must be strings")
		}
		for _, k := range kw {
			if k.Name == name {
				return nil, py.Errorf(py.TypeError, "%s got multiple values for keyword argument '%s'", funcStr(callee), name)
			}
		}
		kw = append(kw, py.Kwarg{Name: name, Value: item[1]})
	}
	return kw, nil
}
