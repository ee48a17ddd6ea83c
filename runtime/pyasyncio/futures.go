package pyasyncio

import (
	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// defGo defines a method of a runtime type (Future, Task, Timeout,
// TaskGroup) whose CPython counterpart is a Python function: arguments
// bind to s, self included, with CPython's messages for "qual()".
func defGo(cls *py.Class, name, qual string, s *py.Signature, fn method) {
	py.DefineVarMethod(cls, name, func(self py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		a, e := s.Bind(qual, append([]py.Object{self}, args...), kw)
		if e != nil {
			return nil, e
		}
		return fn(a)
	})
}

// The Future and Task methods methods.go does not define.
func init() {
	ft := asyncio.FutureClass
	py.DefineMethod(ft, "remove_done_callback", []string{"fn"}, 1, func(self py.Object, a []py.Object) (py.Object, *py.Exc) {
		return future(self).RemoveDoneCallback(&asyncio.DoneCallback{Key: a[0]}), nil
	})
	py.DefineMethod(ft, "get_loop", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) {
		return future(self).Loop(), nil
	})
}

// iscoroutine is asyncio.iscoroutine(obj): true for coroutine objects (the
// state machine of an "async def", or one of the runtime's own).
func iscoroutine(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := sig([]string{"obj"}).Bind("iscoroutine", args, kw)
	if e != nil {
		return nil, e
	}
	c, ok := a[0].(py.Coroutine)
	return ok && c.Code().Kind == py.CoroutineCode, nil
}

// isfuture is asyncio.isfuture(obj): true for futures and tasks.
func isfuture(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := sig([]string{"obj"}).Bind("isfuture", args, kw)
	if e != nil {
		return nil, e
	}
	switch a[0].(type) {
	case *asyncio.Future, *asyncio.Task:
		return true, nil
	}
	return false, nil
}

// iscoroutinefunction is asyncio.iscoroutinefunction(func): true for a
// compiled "async def" (or a bound method of one).
func iscoroutinefunction(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := sig([]string{"func"}).Bind("iscoroutinefunction", args, kw)
	if e != nil {
		return nil, e
	}
	f := a[0]
	if m, ok := f.(*py.Method); ok {
		f = m.Func
	}
	fn, ok := f.(*py.Function)
	return ok && fn.Code != nil && fn.Code.Kind == py.CoroutineCode, nil
}
