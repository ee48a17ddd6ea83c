package pyasyncio

import (
	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// future returns the *asyncio.Future of a Future or Task object.
func future(self py.Object) *asyncio.Future {
	if t, ok := self.(*asyncio.Task); ok {
		return &t.Future
	}
	return self.(*asyncio.Future)
}

func init() {
	def := py.DefineMethod
	ft, tt := asyncio.FutureClass, asyncio.TaskClass
	def(ft, "result", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) { return future(self).Result() })
	def(ft, "exception", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) {
		e, err := future(self).Exception()
		if err != nil {
			return nil, err
		}
		if e == nil {
			return py.None, nil
		}
		return e, nil
	})
	def(ft, "done", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) { return future(self).Done(), nil })
	def(ft, "cancelled", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) { return future(self).Cancelled(), nil })
	def(ft, "cancel", []string{"msg"}, 0, func(self py.Object, a []py.Object) (py.Object, *py.Exc) {
		msg := a[0]
		if msg == py.None {
			msg = nil // cancel() and cancel(None) are the same
		}
		if t, ok := self.(*asyncio.Task); ok {
			return t.Cancel(msg), nil
		}
		return future(self).Cancel(msg), nil
	})
	def(ft, "set_result", []string{"result"}, 1, func(self py.Object, a []py.Object) (py.Object, *py.Exc) {
		return py.None, future(self).SetResult(a[0])
	})
	def(ft, "set_exception", []string{"exception"}, 1, func(self py.Object, a []py.Object) (py.Object, *py.Exc) {
		e, err := py.ToExc(a[0], nil)
		if err != nil {
			return nil, err
		}
		return py.None, future(self).SetException(e)
	})
	def(ft, "add_done_callback", []string{"fn", "context"}, 1, func(self py.Object, a []py.Object) (py.Object, *py.Exc) {
		fn := a[0]
		future(self).AddDoneCallback(&asyncio.DoneCallback{
			Fn: func(f *asyncio.Future) *py.Exc {
				_, e := py.Call(fn, []py.Object{f.PyObject()}, nil)
				return e
			},
			Repr: callbackRepr(fn),
			Key:  fn,
		})
		return py.None, nil
	})
	def(tt, "get_name", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) { return self.(*asyncio.Task).Name(), nil })
	def(tt, "set_name", []string{"value"}, 1, func(self py.Object, a []py.Object) (py.Object, *py.Exc) {
		self.(*asyncio.Task).SetName(py.Str(a[0]))
		return py.None, nil
	})
	def(tt, "get_coro", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) { return self.(*asyncio.Task).Coro(), nil })
	def(tt, "cancelling", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) {
		return self.(*asyncio.Task).Cancelling(), nil
	})
	def(tt, "uncancel", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) { return self.(*asyncio.Task).Uncancel(), nil })
}

// callbackRepr is how a Python callable shows in a future's cb=[...]:
// "name() at FILE:LINE" for a compiled function.
func callbackRepr(fn py.Object) string {
	if f, ok := fn.(*py.Function); ok {
		if f.Code != nil {
			return f.QualName + "() at " + f.Code.File + ":" + itoa(f.Code.FirstLine)
		}
		return f.QualName + "()"
	}
	return py.Repr(fn) + "()"
}

func itoa(n int) string { return py.Str(n) }

// LoopType is the class of event loop objects; the objects are the
// *asyncio.EventLoop values themselves.
var LoopType = asyncio.LoopClass

func init() {
	py.DefineMethod(LoopType, "time", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) {
		return self.(*asyncio.EventLoop).Time(), nil
	})
}
