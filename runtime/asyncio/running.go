package asyncio

import (
	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// GetRunningLoop returns the loop running on the calling Python thread
// (asyncio.get_running_loop), or raises RuntimeError("no running event
// loop"). The caller must hold the GIL.
func GetRunningLoop() (*EventLoop, *py.Exc) {
	if ts := gil.Current(); ts != nil {
		if l, ok := ts.Loop.(*EventLoop); ok {
			return l, nil
		}
	}
	return nil, py.Errorf(py.RuntimeError, "no running event loop")
}

// eventLoop is the loop events._get_event_loop() gives asyncio's functions
// that may be called outside a running loop (gather, ensure_future,
// shield, as_completed, wrap_future): the running loop, else the calling
// thread's current loop (see GetEventLoop; this one never makes a loop).
func eventLoop() (*EventLoop, *py.Exc) {
	ts := gil.Current()
	if ts == nil {
		return nil, py.Errorf(py.RuntimeError, "no running event loop")
	}
	if l, ok := ts.Loop.(*EventLoop); ok {
		return l, nil
	}
	if l, ok := ts.EventLoop.(*EventLoop); ok {
		return l, nil
	}
	return nil, py.Errorf(py.RuntimeError, "There is no current event loop in thread %s.", py.Repr(threadName(ts)))
}

// CurrentTask returns the running task (asyncio.current_task), nil when a
// plain callback runs.
func CurrentTask() (*Task, *py.Exc) {
	l, exc := GetRunningLoop()
	if exc != nil {
		return nil, exc
	}
	return l.current, nil
}

// AllTasks returns the running loop's unfinished tasks in creation order
// (asyncio.all_tasks).
func AllTasks() ([]*Task, *py.Exc) {
	l, exc := GetRunningLoop()
	if exc != nil {
		return nil, exc
	}
	return l.AllTasks(), nil
}

// EnsureFuture is asyncio.ensure_future(aw): a future or task is returned
// as is, a coroutine or other awaitable is wrapped in a new task of the
// running loop, or else of the thread's current loop.
func EnsureFuture(aw py.Awaiter) (*Future, *py.Exc) {
	switch x := aw.(type) {
	case *Future:
		return x, nil
	case *Task:
		return &x.Future, nil
	}
	l, exc := eventLoop()
	if exc != nil {
		return nil, exc
	}
	return l.EnsureFuture(aw)
}

// EnsureFuture is ensure_future(aw, loop=l): a future or task of l is
// returned as is (one of another loop raises ValueError), a coroutine or
// other awaitable is wrapped in a new task of l, which must not be closed.
func (l *EventLoop) EnsureFuture(aw py.Awaiter) (*Future, *py.Exc) {
	switch aw.(type) {
	case *Future, *Task:
	default:
		if l.closed {
			return nil, py.Errorf(py.RuntimeError, "Event loop is closed")
		}
	}
	return l.ensureFuture(aw)
}

// ensureFuture is ensure_future(aw, loop=l).
func (l *EventLoop) ensureFuture(aw py.Awaiter) (*Future, *py.Exc) {
	switch x := aw.(type) {
	case *Future:
		if x.loop != l {
			return nil, py.Errorf(py.ValueError, "The future belongs to a different loop than the one specified as the loop argument")
		}
		return x, nil
	case *Task:
		if x.loop != l {
			return nil, py.Errorf(py.ValueError, "The future belongs to a different loop than the one specified as the loop argument")
		}
		return &x.Future, nil
	case py.Coroutine:
		return &l.CreateTask(x).Future, nil
	case nil:
		return nil, py.Errorf(py.TypeError, "An asyncio.Future, a coroutine or an awaitable is required")
	}
	return &l.CreateTask(&wrapAwaitable{aw: aw}).Future, nil
}

// wrapAwaitable is ensure_future's _wrap_awaitable: a coroutine that
// awaits an awaitable that is not a coroutine itself.
type wrapAwaitable struct {
	aw   py.Awaiter
	line int
}

var wrapAwaitableCode = &py.Code{Name: "_wrap_awaitable", QualName: "_wrap_awaitable",
	File: stdlibDir + "/asyncio/tasks.py", FirstLine: 693}

func (w *wrapAwaitable) Code() *py.Code { return wrapAwaitableCode }
func (w *wrapAwaitable) Line() int      { return w.line }

func (w *wrapAwaitable) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	v, st, exc := w.aw.Resume(sent, thrown)
	w.line = 0
	if st == py.Yielded {
		w.line = wrapAwaitableCode.FirstLine + 7
	}
	return v, st, exc
}
