package pyasyncio

import (
	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/futures"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// The executor bridge: loop.run_in_executor, loop.set_default_executor,
// asyncio.wrap_future and asyncio.to_thread. Calls run on concurrent.futures
// pools; their outcomes reach the loop through call_soon_threadsafe.
func init() {
	functions["wrap_future"] = wrapFuture
	functions["to_thread"] = toThread
	py.DefineVarMethod(LoopType, "run_in_executor", func(self py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(kw) > 0 {
			return nil, py.Errorf(py.TypeError, "BaseEventLoop.run_in_executor() got an unexpected keyword argument '%s'", kw[0].Name)
		}
		switch len(args) {
		case 0:
			return nil, py.Errorf(py.TypeError, "BaseEventLoop.run_in_executor() missing 2 required positional arguments: 'executor' and 'func'")
		case 1:
			return nil, py.Errorf(py.TypeError, "BaseEventLoop.run_in_executor() missing 1 required positional argument: 'func'")
		}
		l := self.(*asyncio.EventLoop)
		if l.IsClosed() {
			return nil, errClosed()
		}
		executor, fn, rest := args[0], args[1], args[2:]
		if executor == py.None {
			return l.RunInExecutor(func() (py.Object, *py.Exc) { return py.Call(fn, rest, nil) })
		}
		cf, e := futures.SubmitPy(executor, fn, rest, nil)
		if e != nil {
			return nil, e
		}
		return l.WrapFuture(cf), nil
	})
	py.DefineMethod(LoopType, "set_default_executor", []string{"executor"}, 1, func(self py.Object, a []py.Object) (py.Object, *py.Exc) {
		p, ok := a[0].(*futures.ThreadPool)
		if !ok {
			return nil, py.Errorf(py.TypeError, "executor must be ThreadPoolExecutor instance")
		}
		self.(*asyncio.EventLoop).SetDefaultExecutor(p)
		return py.None, nil
	})
}

// wrapFuture is asyncio.wrap_future(future, *, loop=None).
func wrapFuture(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := py.BindArgs("wrap_future", args, kw, []string{"future", "loop"}, 1)
	if e != nil {
		return nil, e
	}
	switch f := a[0].(type) {
	case *asyncio.Future, *asyncio.Task:
		return f, nil
	case *futures.Future:
		l, e := loopArg(a[1])
		if e != nil {
			return nil, e
		}
		return l.WrapFuture(f), nil
	}
	return nil, py.Errorf(py.AssertionError, "concurrent.futures.Future is expected, got %s", py.Repr(a[0]))
}

// loopArg is a loop= argument: the given loop object, or else what
// get_event_loop() returns (the running loop, or the thread's current one).
func loopArg(v py.Object) (*asyncio.EventLoop, *py.Exc) {
	if l, ok := v.(*asyncio.EventLoop); ok {
		return l, nil
	}
	return getEventLoop()
}

// toThread is asyncio.to_thread(func, /, *args, **kwargs): a coroutine
// that runs func on the default executor.
func toThread(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if len(args) == 0 {
		return nil, py.Errorf(py.TypeError, "to_thread() missing 1 required positional argument: 'func'")
	}
	fn, rest := args[0], args[1:]
	return asyncio.ToThread(func() (py.Object, *py.Exc) { return py.Call(fn, rest, kw) }), nil
}
