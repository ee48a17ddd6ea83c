package rt

import (
	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// AEnter starts "async with cm": the awaitable of cm.__aenter__(), whose
// result "as" binds. The runtime's own context managers (asyncio.Lock,
// Semaphore, TaskGroup, timeout, ...) are driven directly; Python objects
// through their __aenter__ and __aexit__ methods.
func AEnter(cm py.Object) (py.Awaiter, *py.Exc) {
	if m, ok := cm.(asyncio.AsyncContextManager); ok {
		return m.AEnter(), nil
	}
	if _, e := py.GetAttr(cm, "__aexit__"); e != nil {
		return nil, notAsyncCM(cm)
	}
	if _, e := py.GetAttr(cm, "__aenter__"); e != nil {
		return nil, notAsyncCM(cm)
	}
	r, e := py.CallMethod(cm, "__aenter__", nil, nil)
	if e != nil {
		return nil, e
	}
	return GetAwaiter(r)
}

// AExit is the end of "async with cm": the awaitable of
// cm.__aexit__(type, exc, traceback), exc nil when the body completed.
// A true result of awaiting it suppresses exc.
func AExit(cm py.Object, exc *py.Exc) (py.Awaiter, *py.Exc) {
	if m, ok := cm.(asyncio.AsyncContextManager); ok {
		return m.AExit(exc), nil
	}
	args := []py.Object{py.None, py.None, py.None}
	if exc != nil {
		args = []py.Object{exc.Class, exc, py.None}
	}
	r, e := py.CallMethod(cm, "__aexit__", args, nil)
	if e != nil {
		return nil, e
	}
	return GetAwaiter(r)
}

func notAsyncCM(cm py.Object) *py.Exc {
	return py.Errorf(py.TypeError, "'%s' object does not support the asynchronous context manager protocol", py.TypeName(cm))
}

// Suppresses reports whether the result of __exit__ or of awaiting
// __aexit__ suppresses the exception: a true value does; nil (a runtime
// context manager that returns nothing) does not.
func Suppresses(r py.Object) (bool, *py.Exc) {
	if r == nil {
		return false, nil
	}
	return py.Truth(r)
}
