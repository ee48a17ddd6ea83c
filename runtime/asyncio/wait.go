package asyncio

import (
	"math"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// NoTimeout stands for Python's timeout=None in the functions that take a
// timeout in seconds.
var NoTimeout = math.Inf(1)

// ReturnWhen is asyncio.wait's return_when.
type ReturnWhen uint8

const (
	// AllCompleted is asyncio.ALL_COMPLETED.
	AllCompleted ReturnWhen = iota
	// FirstCompleted is asyncio.FIRST_COMPLETED.
	FirstCompleted
	// FirstException is asyncio.FIRST_EXCEPTION.
	FirstException
)

// WaitCoro is the coroutine returned by Wait. Once it has returned, Done
// and Pending give the two sets as Go slices, in argument order.
type WaitCoro struct {
	fs         []py.Awaiter
	timeout    float64
	returnWhen ReturnWhen

	futs    []*Future
	waiter  *Future
	handle  *Handle
	cb      DoneCallback
	counter int
	state   uint8 // 0 not started, 1 waiting, 2 finished
	done    []*Future
	pending []*Future
}

var waitCode = &py.Code{Name: "wait", QualName: "wait", File: tasksFile, FirstLine: 399}

// Wait is asyncio.wait(fs, timeout=..., return_when=...): it waits until
// the condition holds or the timeout passes, cancelling nothing, and
// returns (done, pending). Coroutines are wrapped in tasks in argument
// order (3.8's behaviour; 3.11 rejects them). Timeout NoTimeout means None.
func Wait(fs []py.Awaiter, timeout float64, returnWhen ReturnWhen) *WaitCoro {
	return &WaitCoro{fs: fs, timeout: timeout, returnWhen: returnWhen}
}

// Code implements py.Coroutine.
func (w *WaitCoro) Code() *py.Code { return waitCode }

// Line implements py.Coroutine.
func (w *WaitCoro) Line() int {
	if w.state == 1 {
		return 534
	}
	return 0
}

// Done returns the futures that were done when the wait ended.
func (w *WaitCoro) Done() []*Future { return w.done }

// Pending returns the futures that were not done when the wait ended.
func (w *WaitCoro) Pending() []*Future { return w.pending }

// Resume implements py.Awaiter.
func (w *WaitCoro) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	switch w.state {
	case 0:
		w.state = 1
		if thrown != nil {
			w.state = 2
			return nil, py.Raised, thrown
		}
		if exc := w.start(); exc != nil {
			w.state = 2
			return nil, py.Raised, exc
		}
	case 2:
		return nil, py.Raised, py.Errorf(py.RuntimeError, "cannot reuse already awaited coroutine")
	}
	v, st, exc := w.waiter.Resume(sent, thrown)
	if st == py.Yielded {
		return v, st, exc
	}
	w.state = 2
	if w.handle != nil {
		w.handle.Cancel()
	}
	for _, f := range w.futs {
		f.RemoveDoneCallback(&w.cb)
	}
	if exc != nil {
		return nil, py.Raised, exc
	}
	for _, f := range w.futs {
		if f.Done() {
			w.done = append(w.done, f)
		} else {
			w.pending = append(w.pending, f)
		}
	}
	return py.Tuple{makeSet(w.done), makeSet(w.pending)}, py.Returned, nil
}

func (w *WaitCoro) start() *py.Exc {
	if len(w.fs) == 0 {
		return py.Errorf(py.ValueError, "Set of Tasks/Futures is empty.")
	}
	l, exc := GetRunningLoop()
	if exc != nil {
		return exc
	}
	seen := make(map[*Future]bool, len(w.fs))
	for _, aw := range w.fs {
		f, exc := l.ensureFuture(aw)
		if exc != nil {
			return exc
		}
		if !seen[f] {
			seen[f] = true
			w.futs = append(w.futs, f)
		}
	}
	w.waiter = l.CreateFuture()
	if w.timeout != NoTimeout {
		w.handle = l.CallLater(w.timeout, releaseWaiter(w.waiter))
	}
	w.counter = len(w.futs)
	w.cb = DoneCallback{Fn: w.onCompletion, Repr: "_on_completion() at " + tasksFile + ":538"}
	for _, f := range w.futs {
		f.AddDoneCallback(&w.cb)
	}
	return nil
}

func (w *WaitCoro) onCompletion(f *Future) *py.Exc {
	w.counter--
	if w.counter <= 0 || w.returnWhen == FirstCompleted ||
		w.returnWhen == FirstException && !f.Cancelled() && f.failed {
		if w.handle != nil {
			w.handle.Cancel()
		}
		if !w.waiter.Done() {
			w.waiter.setResult(py.None)
		}
	}
	return nil
}

// releaseWaiter is tasks._release_waiter as a loop callback.
func releaseWaiter(waiter *Future) func() *py.Exc {
	return func() *py.Exc {
		if !waiter.Done() {
			waiter.setResult(py.None)
		}
		return nil
	}
}
