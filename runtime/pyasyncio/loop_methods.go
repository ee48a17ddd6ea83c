package pyasyncio

import (
	"strings"

	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// The scheduling methods of the Python loop object: create_future,
// call_soon, call_later, call_at, is_running, is_closed, and the methods of
// the Handle and TimerHandle objects they return.
func init() {
	py.DefineMethod(LoopType, "create_future", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) {
		return self.(*asyncio.EventLoop).CreateFuture(), nil
	})
	py.DefineMethod(LoopType, "is_running", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) {
		return self.(*asyncio.EventLoop).IsRunning(), nil
	})
	py.DefineMethod(LoopType, "is_closed", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) {
		return self.(*asyncio.EventLoop).IsClosed(), nil
	})
	py.DefineVarMethod(LoopType, "call_soon", func(self py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		l := self.(*asyncio.EventLoop)
		if l.IsClosed() {
			return nil, errClosed()
		}
		cb, rest, e := callbackArgs("call_soon", 1, args, kw)
		if e != nil {
			return nil, e
		}
		return describe(l.CallSoon(pyCallback(cb, rest)), cb, rest), nil
	})
	timer := func(name string, schedule func(l *asyncio.EventLoop, t float64, fn func() *py.Exc) *asyncio.Handle) {
		py.DefineVarMethod(LoopType, name, func(self py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			if len(args) < 2 {
				return nil, py.Errorf(py.TypeError, "%s() missing required argument", name)
			}
			t, e := py.ToFloat(args[0])
			if e != nil {
				return nil, e
			}
			l := self.(*asyncio.EventLoop)
			if l.IsClosed() {
				return nil, errClosed()
			}
			cb, rest, e := callbackArgs(name, 2, args[1:], kw)
			if e != nil {
				return nil, e
			}
			return describe(schedule(l, t, pyCallback(cb, rest)), cb, rest), nil
		})
	}
	timer("call_later", (*asyncio.EventLoop).CallLater)
	timer("call_at", (*asyncio.EventLoop).CallAt)

	py.DefineMethod(asyncio.HandleClass, "cancel", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) {
		self.(*asyncio.Handle).Cancel()
		return py.None, nil
	})
	py.DefineMethod(asyncio.HandleClass, "cancelled", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) {
		return self.(*asyncio.Handle).Cancelled(), nil
	})
	py.DefineMethod(asyncio.TimerHandleClass, "when", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) {
		return self.(*asyncio.Handle).When(), nil
	})
}

// errClosed is what a closed loop's methods raise.
func errClosed() *py.Exc { return py.Errorf(py.RuntimeError, "Event loop is closed") }

// callbackArgs splits a call_soon-style argument list into the callback
// and its positional arguments; the only keyword accepted is context.
func callbackArgs(name string, min int, args []py.Object, kw []py.Kwarg) (py.Object, []py.Object, *py.Exc) {
	for _, k := range kw {
		if k.Name != "context" {
			return nil, nil, py.Errorf(py.TypeError, "%s() got an unexpected keyword argument '%s'", name, k.Name)
		}
	}
	if len(args) == 0 {
		return nil, nil, py.Errorf(py.TypeError, "%s() missing 1 required positional argument: 'callback'", name)
	}
	if !py.IsCallable(args[0]) {
		return nil, nil, py.Errorf(py.TypeError, "a callable object was expected by %s(), got %s", name, py.Repr(args[0]))
	}
	return args[0], args[1:], nil
}

// pyCallback adapts a Python callable and its arguments to a loop callback.
func pyCallback(cb py.Object, args []py.Object) func() *py.Exc {
	return func() *py.Exc {
		_, e := py.Call(cb, args, nil)
		return e
	}
}

// describe gives the handle CPython's callback text: "cb(1, 'x') at FILE:N".
func describe(h *asyncio.Handle, cb py.Object, args []py.Object) *asyncio.Handle {
	return h.Describe(func() string {
		s := callbackRepr(cb)
		if len(args) == 0 {
			return s
		}
		return insertArgs(s, args)
	})
}

// insertArgs puts the reprs of args between the parentheses of a callback
// description "name() at FILE:N", as CPython's handle reprs show them.
func insertArgs(desc string, args []py.Object) string {
	i := strings.Index(desc, "()")
	if i < 0 {
		return desc
	}
	parts := make([]string, len(args))
	for j, a := range args {
		parts[j] = py.Repr(a)
	}
	return desc[:i+1] + strings.Join(parts, ", ") + desc[i+1:]
}
