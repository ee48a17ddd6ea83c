package pyasyncio

import (
	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// The event loop API from before asyncio.run: get_event_loop,
// set_event_loop, new_event_loop and the loop's own lifecycle methods
// (run_until_complete, run_forever, stop, close, create_task, the
// shutdown coroutines).

func init() {
	functions["get_event_loop"] = getEventLoopFn
	functions["set_event_loop"] = setEventLoop
	py.DefineConstructor(LoopType, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if _, e := sig([]string{"selector"}, py.None).Bind("_UnixSelectorEventLoop", args, kw); e != nil {
			return nil, e
		}
		return makeLoop(), nil
	})
	defineLoopRunMethods()
	defineLoopTaskMethods()
}

// makeLoop returns a new loop for Python code, reported at exit if it
// still has pending tasks then.
func makeLoop() *asyncio.EventLoop {
	l := asyncio.NewEventLoop(loopOptions()...)
	l.TrackForExit()
	return l
}

// getEventLoop is asyncio.get_event_loop() for the module's own functions.
func getEventLoop() (*asyncio.EventLoop, *py.Exc) { return asyncio.GetEventLoop(makeLoop) }

// needLoop makes sure that a function which CPython lets find its loop with
// get_event_loop() (gather, ensure_future, shield, as_completed) finds
// one when no loop is running: on the main thread, get_event_loop makes
// one the first time.
func needLoop() *py.Exc {
	_, e := getEventLoop()
	return e
}

// getEventLoopFn is asyncio.get_event_loop().
func getEventLoopFn(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if _, e := sig(nil).Bind("get_event_loop", args, kw); e != nil {
		return nil, e
	}
	l, e := getEventLoop()
	if e != nil {
		return nil, e
	}
	return l, nil
}

// setEventLoop is asyncio.set_event_loop(loop).
func setEventLoop(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := sig([]string{"loop"}).Bind("set_event_loop", args, kw)
	if e != nil {
		return nil, e
	}
	switch l := a[0].(type) {
	case *asyncio.EventLoop:
		asyncio.SetEventLoop(l)
	case py.NoneType:
		asyncio.SetEventLoop(nil)
	default:
		return nil, py.Errorf(py.TypeError, "loop must be an instance of AbstractEventLoop or None, not '%s'", py.TypeName(a[0]))
	}
	return py.None, nil
}

// loopMethod defines a method of the loop class bound like CPython's
// BaseEventLoop.name (self first in the signature).
func loopMethod(name string, params []string, fn func(l *asyncio.EventLoop, a []py.Object) (py.Object, *py.Exc)) {
	s := sig(append([]string{"self"}, params...))
	defGo(LoopType, name, "BaseEventLoop."+name, s, func(a []py.Object) (py.Object, *py.Exc) {
		return fn(a[0].(*asyncio.EventLoop), a[1:])
	})
}

// defineLoopRunMethods defines the methods that run, stop and shut down a
// loop.
func defineLoopRunMethods() {
	loopMethod("run_until_complete", []string{"future"}, func(l *asyncio.EventLoop, a []py.Object) (py.Object, *py.Exc) {
		// A non-awaitable argument becomes nil, for which ensure_future
		// raises TypeError, after the loop's own checks as in CPython.
		aw, _ := awaitable(a[0])
		return l.RunUntilComplete(aw)
	})
	loopMethod("run_forever", nil, func(l *asyncio.EventLoop, _ []py.Object) (py.Object, *py.Exc) {
		return none(l.RunForever())
	})
	loopMethod("close", nil, func(l *asyncio.EventLoop, _ []py.Object) (py.Object, *py.Exc) {
		return none(l.Close())
	})
	loopMethod("stop", nil, func(l *asyncio.EventLoop, _ []py.Object) (py.Object, *py.Exc) {
		l.Stop()
		return py.None, nil
	})
	loopMethod("shutdown_asyncgens", nil, func(l *asyncio.EventLoop, _ []py.Object) (py.Object, *py.Exc) {
		return l.ShutdownAsyncgens(), nil
	})
	loopMethod("shutdown_default_executor", nil, func(l *asyncio.EventLoop, _ []py.Object) (py.Object, *py.Exc) {
		return l.ShutdownDefaultExecutor(), nil
	})
	loopMethod("get_debug", nil, func(*asyncio.EventLoop, []py.Object) (py.Object, *py.Exc) {
		return false, nil
	})
	loopMethod("set_debug", []string{"enabled"}, func(*asyncio.EventLoop, []py.Object) (py.Object, *py.Exc) {
		return py.None, nil
	})
}

// defineLoopTaskMethods defines create_task and call_soon_threadsafe.
func defineLoopTaskMethods() {
	createTask := &py.Signature{Params: []string{"self", "coro"}, KwOnly: []string{"name", "context"},
		KwDefaults: map[string]py.Object{"name": py.None, "context": py.None}}
	defGo(LoopType, "create_task", "BaseEventLoop.create_task", createTask, func(a []py.Object) (py.Object, *py.Exc) {
		l := a[0].(*asyncio.EventLoop)
		if l.IsClosed() {
			e := errClosed()
			if c, ok := a[1].(py.Coroutine); ok {
				asyncio.NoteNeverAwaited(py.Stderr.Writer(), c, e)
			}
			return nil, e
		}
		c, e := coroutine(a[1])
		if e != nil {
			return nil, e
		}
		if a[2] != py.None {
			return l.CreateTask(c, py.Str(a[2])), nil
		}
		return l.CreateTask(c), nil
	})
	py.DefineVarMethod(LoopType, "call_soon_threadsafe", func(self py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		cb, rest, e := callbackArgs("call_soon_threadsafe", 1, args, kw)
		if e != nil {
			return nil, e
		}
		l := self.(*asyncio.EventLoop)
		if l.IsClosed() {
			return nil, errClosed()
		}
		return describe(l.CallSoonFromPython(pyCallback(cb, rest)), cb, rest), nil
	})
}
