package asyncio

import (
	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// Run is asyncio.run(main) for Go callers: it takes the GIL with a fresh
// thread state, runs main on a new loop (see RunLocked) and gives the GIL
// back. The calling goroutine must not hold the GIL; several goroutines may
// call Run at once, their loops then take turns.
func Run(main py.Coroutine, opts ...Option) (py.Object, *py.Exc) {
	gil.Acquire(gil.NewThreadState())
	defer gil.Release()
	return RunLocked(main, opts...)
}

// RunLocked is asyncio.run(main) for callers that hold the GIL (generated
// code): a fresh loop, set as the thread's event loop while it runs
// (set_event_loop), runs main as a task until it is done; then leftover
// tasks are cancelled and awaited, failures during that shutdown are
// logged, async generators and the default executor are shut down, the
// thread's event loop is set to none, the loop is closed, exceptions nobody
// retrieved are logged, and main's result is returned or its exception
// raised. Called while a loop runs on this thread it raises RuntimeError,
// and main is never awaited. A nil main only sets the loop up and tears it
// down, as asyncio.run does with an argument that is not a coroutine
// before it raises ValueError.
func RunLocked(main py.Coroutine, opts ...Option) (py.Object, *py.Exc) {
	ts := gil.Current()
	if ts == nil {
		panic("asyncio: RunLocked called without holding the GIL")
	}
	if ts.Loop != nil {
		exc := py.Errorf(py.RuntimeError, "asyncio.run() cannot be called from a running event loop")
		if running, ok := ts.Loop.(*EventLoop); ok && main != nil {
			noteUnawaited(running.stderr, main, exc)
		}
		return nil, exc
	}
	l := NewEventLoop(opts...)
	setEventLoop(ts, l)
	var v py.Object
	var exc *py.Exc
	if main != nil {
		v, exc = l.runUntilComplete(l.CreateTask(main), runFrames)
	}
	l.shutdown()
	setEventLoop(ts, nil)
	l.logUnretrieved()
	flushUnawaited(exc)
	return v, exc
}

// shutdown is Runner.close: cancel leftovers, shut down async generators
// and the default executor, and close.
func (l *EventLoop) shutdown() {
	l.cancelAllTasks()
	_, _ = l.runUntilComplete(l.ShutdownAsyncgens(), shutdownStepFrames)
	_, _ = l.runUntilComplete(l.ShutdownDefaultExecutor(), shutdownStepFrames)
	_ = l.Close()
}

// cancelAllTasks is runners._cancel_all_tasks: cancel every pending task,
// wait for all of them, and log those that raised something else than
// CancelledError.
func (l *EventLoop) cancelAllTasks() {
	tasks := l.AllTasks()
	if len(tasks) == 0 {
		return
	}
	for _, t := range tasks {
		t.Cancel(nil)
	}
	all, _ := gather(l, tasks, func(t *Task) (py.Awaiter, *py.Exc) { return t, nil }, true, nil)
	_, _ = l.runUntilComplete(all, shutdownFrames)
	for _, t := range tasks {
		if t.Cancelled() || t.state != stateFinished {
			continue
		}
		if t.failed {
			t.logTraceback = false
			l.callExceptionHandler("unhandled exception during asyncio.run() shutdown", t.exc(), "task", t.String())
		}
	}
}

var (
	baseEventsFile        = stdlibDir + "/asyncio/base_events.py"
	shutdownAsyncgensCode = &py.Code{Name: "shutdown_asyncgens", QualName: "BaseEventLoop.shutdown_asyncgens",
		File: baseEventsFile, FirstLine: 539}
	shutdownExecutorCode = &py.Code{Name: "shutdown_default_executor", QualName: "BaseEventLoop.shutdown_default_executor",
		File: baseEventsFile, FirstLine: 563}
)

// ShutdownAsyncgens is loop.shutdown_asyncgens(): a coroutine that closes
// the async generators the loop's tasks left unfinished. asyncgen does not
// track them yet, so it only finishes.
func (l *EventLoop) ShutdownAsyncgens() py.Coroutine {
	return &shutdownStep{code: shutdownAsyncgensCode}
}

// ShutdownDefaultExecutor is loop.shutdown_default_executor(): a coroutine
// that shuts the default executor down, waiting for its jobs without
// blocking the loop. From its first step on, run_in_executor(None, ...)
// raises RuntimeError.
func (l *EventLoop) ShutdownDefaultExecutor() py.Coroutine {
	return &shutdownStep{code: shutdownExecutorCode, loop: l}
}

// shutdownStep is loop.shutdown_asyncgens() (loop nil: nothing to do yet)
// or loop.shutdown_default_executor() (loop set): a task that, when the
// loop has a default executor, shuts it down on another goroutine and waits
// for that without blocking the loop.
type shutdownStep struct {
	code *py.Code
	loop *EventLoop
	fut  *Future
}

func (s *shutdownStep) Code() *py.Code { return s.code }
func (s *shutdownStep) Line() int      { return 0 }

func (s *shutdownStep) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	if s.fut != nil {
		return s.fut.Resume(sent, thrown)
	}
	if thrown != nil {
		return nil, py.Raised, thrown
	}
	l := s.loop
	if l == nil {
		return py.None, py.Returned, nil
	}
	l.shutdownEx = true
	if l.executor == nil {
		return py.None, py.Returned, nil
	}
	s.fut = l.CreateFuture()
	ex := l.executor
	go func() {
		ex.Shutdown(true)
		l.CallSoonThreadsafe(func() *py.Exc {
			if !s.fut.Done() {
				s.fut.setResult(py.None)
			}
			return nil
		})
	}()
	return s.fut.Resume(nil, nil)
}
