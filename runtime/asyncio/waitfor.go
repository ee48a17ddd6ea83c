package asyncio

import "github.com/asyncgen/asyncgen/runtime/py"

var waitForCode = &py.Code{Name: "wait_for", QualName: "wait_for", File: tasksFile, FirstLine: 436}

// WaitFor is asyncio.wait_for(aw, timeout) with 3.11's semantics:
// NoTimeout awaits aw inline; otherwise aw runs as a task (a coroutine
// becomes Task-N), and on timeout that task is cancelled and awaited before
// TimeoutError is raised (from the CancelledError). If the inner task
// swallows the cancellation, its result is returned. If the caller is
// cancelled, the inner task is cancelled and awaited first.
func WaitFor(aw py.Awaiter, timeout float64) py.Coroutine {
	return &waitFor{aw: aw, timeout: timeout}
}

const (
	wfStart = iota
	wfDelegate
	wfCancelNow     // timeout <= 0: cancelling before the first step
	wfWaiting       // waiting for the result or the timeout
	wfCancelCaller  // the caller was cancelled: cancelling the inner task
	wfCancelTimeout // the timeout passed: cancelling the inner task
	wfDone
)

type waitFor struct {
	aw      py.Awaiter
	timeout float64
	state   uint8
	fut     *Future
	waiter  *Future
	handle  *Handle
	cb      DoneCallback
	saved   *py.Exc // the caller's CancelledError, re-raised after cleanup
}

func (w *waitFor) Code() *py.Code { return waitForCode }

func (w *waitFor) Line() int {
	switch w.state {
	case wfDelegate:
		return 452
	case wfCancelNow:
		return 461
	case wfWaiting:
		return 482
	case wfCancelCaller:
		return 489
	case wfCancelTimeout:
		return 498
	}
	return 0
}

func (w *waitFor) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	switch w.state {
	case wfStart:
		if thrown != nil {
			return w.finish(nil, thrown)
		}
		return w.start()
	case wfDelegate:
		v, st, exc := w.aw.Resume(sent, thrown)
		if st != py.Yielded {
			w.state = wfDone
		}
		if exc != nil {
			exc.AddFrame(py.Frame{File: tasksFile, Line: 452, Func: "wait_for"}) // return await fut
		}
		return v, st, exc
	case wfWaiting:
		return w.resumeWaiting(sent, thrown)
	case wfCancelNow, wfCancelCaller, wfCancelTimeout:
		return w.resumeCancel(sent, thrown)
	}
	return nil, py.Raised, py.Errorf(py.RuntimeError, "cannot reuse already awaited coroutine")
}

func (w *waitFor) start() (py.Object, py.Status, *py.Exc) {
	l, exc := GetRunningLoop()
	if exc != nil {
		return w.finish(nil, exc)
	}
	if w.timeout == NoTimeout {
		w.state = wfDelegate
		return w.Resume(nil, nil)
	}
	if w.timeout <= 0 {
		if w.fut, exc = l.ensureFuture(w.aw); exc != nil {
			return w.finish(nil, exc)
		}
		if w.fut.Done() {
			return w.resultAt(458)
		}
		return w.cancelAndWait(wfCancelNow)
	}
	w.waiter = l.CreateFuture()
	w.handle = l.CallLater(w.timeout, releaseWaiter(w.waiter))
	if w.fut, exc = l.ensureFuture(w.aw); exc != nil {
		w.handle.Cancel()
		return w.finish(nil, exc)
	}
	w.cb = DoneCallback{Fn: w.release, Repr: "_release_waiter(" + w.waiter.String() + ")()"}
	w.fut.AddDoneCallback(&w.cb)
	w.state = wfWaiting
	return w.waiter, py.Yielded, nil
}

func (w *waitFor) release(*Future) *py.Exc {
	if !w.waiter.Done() {
		w.waiter.setResult(py.None)
	}
	return nil
}

func (w *waitFor) resumeWaiting(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	if _, st, exc := w.waiter.Resume(sent, thrown); st == py.Yielded {
		return w.waiter, py.Yielded, nil
	} else if exc != nil {
		if !exc.Matches(py.CancelledError) {
			w.handle.Cancel()
			return w.finish(nil, exc)
		}
		if w.fut.Done() {
			w.handle.Cancel()
			return w.resultAt(479)
		}
		w.fut.RemoveDoneCallback(&w.cb)
		w.saved = exc
		return w.cancelAndWait(wfCancelCaller)
	}
	if w.fut.Done() {
		w.handle.Cancel()
		return w.resultAt(489)
	}
	w.fut.RemoveDoneCallback(&w.cb)
	return w.cancelAndWait(wfCancelTimeout)
}

// resultAt finishes with the inner future's outcome, as the
// "return fut.result()" at line of CPython's tasks.py: an exception it
// re-raises passes through that frame of wait_for.
func (w *waitFor) resultAt(line int) (py.Object, py.Status, *py.Exc) {
	v, exc := w.fut.Result()
	if exc != nil {
		exc.AddFrame(py.Frame{File: tasksFile, Line: line, Func: "wait_for"})
	}
	return w.finish(v, exc)
}

// cancelAndWait is _cancel_and_wait: cancel the inner future and wait for
// it to be done, through a waiter released by its done callback.
func (w *waitFor) cancelAndWait(next uint8) (py.Object, py.Status, *py.Exc) {
	w.state = next
	w.waiter = w.fut.loop.CreateFuture()
	w.cb = DoneCallback{Fn: w.release, Repr: "_release_waiter(" + w.waiter.String() + ")()"}
	w.fut.AddDoneCallback(&w.cb)
	w.fut.Cancel(nil)
	return w.waiter, py.Yielded, nil
}

func (w *waitFor) resumeCancel(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	if _, st, _ := w.waiter.Resume(sent, thrown); st == py.Yielded {
		return w.waiter, py.Yielded, nil
	}
	w.fut.RemoveDoneCallback(&w.cb)
	if w.handle != nil {
		w.handle.Cancel()
	}
	if thrown != nil {
		return w.finish(nil, thrown)
	}
	switch w.state {
	case wfCancelCaller:
		return w.finish(nil, w.saved)
	case wfCancelNow:
		return w.timeoutResult(464)
	}
	return w.timeoutResult(502)
}

// timeoutResult returns the cancelled inner future's result, turning its
// CancelledError into TimeoutError (raise TimeoutError() from exc).
func (w *waitFor) timeoutResult(line int) (py.Object, py.Status, *py.Exc) {
	v, exc := w.fut.Result()
	if exc != nil && exc.Matches(py.CancelledError) {
		te := py.NewExc(py.TimeoutError)
		te.Cause, te.Context, te.SuppressContext = exc, exc, true
		te.AddFrame(py.Frame{File: tasksFile, Line: line, Func: "wait_for"})
		return w.finish(nil, te)
	}
	if exc != nil {
		// The inner task raised something else: from its result() call.
		exc.AddFrame(py.Frame{File: tasksFile, Line: line - 2, Func: "wait_for"})
	}
	return w.finish(v, exc)
}

func (w *waitFor) finish(v py.Object, exc *py.Exc) (py.Object, py.Status, *py.Exc) {
	w.state = wfDone
	if exc != nil {
		return nil, py.Raised, exc
	}
	return v, py.Returned, nil
}
