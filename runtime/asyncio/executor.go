package asyncio

import (
	"github.com/asyncgen/asyncgen/runtime/futures"
	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// Executor is the loop's default executor (run_in_executor(None, ...),
// to_thread): a *futures.ThreadPool unless WithExecutor sets another.
type Executor interface {
	// Submit runs fn on another goroutine, holding the GIL with its own
	// gil.ThreadState while fn runs, and returns the future of its
	// outcome. It raises RuntimeError after Shutdown.
	Submit(fn func() (py.Object, *py.Exc)) (*futures.Future, *py.Exc)
	// Shutdown stops accepting work; with wait it returns once every
	// submitted job has finished. It is called without the GIL.
	Shutdown(wait bool)
}

// defaultExecutor returns the loop's default executor, creating CPython's
// ThreadPoolExecutor() on first use.
func (l *EventLoop) defaultExecutor() Executor {
	if l.executor == nil {
		l.executor = futures.NewNamedThreadPool(0, "asyncio", nil)
		l.ownsExec = true
	}
	return l.executor
}

// RunInExecutor is loop.run_in_executor(None, fn): fn runs on the default
// executor and the returned future gets its outcome through
// CallSoonThreadsafe. It raises RuntimeError once the loop is closed or
// its default executor was shut down.
func (l *EventLoop) RunInExecutor(fn func() (py.Object, *py.Exc)) (*Future, *py.Exc) {
	if l.closed {
		return nil, py.Errorf(py.RuntimeError, "Event loop is closed")
	}
	if l.shutdownEx {
		return nil, py.Errorf(py.RuntimeError, "Executor shutdown has been called")
	}
	cf, exc := l.defaultExecutor().Submit(fn)
	if exc != nil {
		return nil, exc
	}
	return l.WrapFuture(cf), nil
}

var (
	futuresFile      = stdlibDir + "/asyncio/futures.py"
	checkCancelRepr  = "_chain_future.<locals>._call_check_cancel() at " + futuresFile + ":387"
	futuresCancelled = futures.CancelledError
)

// WrapFuture is asyncio.wrap_future(cf) on this loop: an asyncio future
// that gets cf's outcome through CallSoonThreadsafe, so loop code stays on
// the loop's goroutine; cancelling it cancels cf (which stops cf's call
// if it has not started). cf must be completed by a goroutine holding
// the GIL, as the executors of package futures do. While cf is pending a virtual clock does not
// jump: its outcome may come from real time passing on another goroutine.
func (l *EventLoop) WrapFuture(cf *futures.Future) *Future {
	fut := l.CreateFuture()
	fut.AddDoneCallback(&DoneCallback{
		Fn: func(f *Future) *py.Exc {
			if f.Cancelled() {
				cf.Cancel()
			}
			return nil
		},
		Repr: checkCancelRepr,
	})
	l.inflight.Add(1)
	cf.AddDoneCallback(func(cf *futures.Future) {
		// Futures are completed holding the GIL, so the loop's state
		// can be read here.
		defer l.inflight.Add(-1)
		if l.closed {
			return
		}
		l.CallSoonThreadsafe(func() *py.Exc {
			copyState(cf, fut)
			return nil
		})
	})
	return fut
}

// copyState is _copy_future_state: the outcome of a done concurrent
// future moves to an asyncio future, unless that was cancelled meanwhile.
func copyState(cf *futures.Future, fut *Future) {
	if fut.state != statePending {
		return
	}
	if cf.Cancelled() {
		fut.cancel(nil)
		return
	}
	v, exc := cf.Outcome()
	if exc != nil {
		fut.setException(convertFutureExc(exc))
		return
	}
	fut.setResult(v)
}

// convertFutureExc is _convert_future_exc: concurrent.futures' cancelled
// and invalid-state errors become asyncio's.
func convertFutureExc(e *py.Exc) *py.Exc {
	switch e.Class {
	case futuresCancelled:
		return &py.Exc{Class: py.CancelledError, Args: e.Args}
	case futures.InvalidStateError:
		return &py.Exc{Class: py.InvalidStateError, Args: e.Args}
	}
	return e
}

// WrapFuture is asyncio.wrap_future(cf) on the running loop, or else on
// the thread's current loop.
func WrapFuture(cf *futures.Future) (*Future, *py.Exc) {
	l, exc := eventLoop()
	if exc != nil {
		return nil, exc
	}
	return l.WrapFuture(cf), nil
}

// ToThread is asyncio.to_thread(fn): a coroutine that runs fn on the
// running loop's default executor and returns its result.
func ToThread(fn func() (py.Object, *py.Exc)) py.Coroutine { return &toThread{fn: fn} }

var toThreadCode = &py.Code{Name: "to_thread", QualName: "to_thread",
	File: stdlibDir + "/asyncio/threads.py", FirstLine: 12}

type toThread struct {
	fn  func() (py.Object, *py.Exc)
	fut *Future
}

func (t *toThread) Code() *py.Code { return toThreadCode }
func (t *toThread) Line() int {
	if t.fut != nil && !t.fut.Done() {
		return 25
	}
	return 0
}

func (t *toThread) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	if t.fut == nil {
		if thrown != nil {
			return nil, py.Raised, thrown
		}
		l, exc := GetRunningLoop()
		if exc != nil {
			return nil, py.Raised, exc
		}
		if t.fut, exc = l.RunInExecutor(t.inContext); exc != nil {
			return nil, py.Raised, exc
		}
	}
	return t.fut.Resume(sent, thrown)
}

// inContext runs the function on the worker as to_thread does, through
// contextvars' Context.run, one more level on the worker's stack.
func (t *toThread) inContext() (py.Object, *py.Exc) {
	d := gil.Depth()
	gil.SetDepth(d + 1)
	v, exc := t.fn()
	gil.SetDepth(d)
	return v, exc
}

// SetDefaultExecutor is loop.set_default_executor(e): run_in_executor(None,
// ...) and to_thread use e from now on.
func (l *EventLoop) SetDefaultExecutor(e Executor) { l.executor = e }
