package futures

import (
	"fmt"
	"math"
	"reflect"
	"sync"
	"time"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// State is a future's state, with CPython's names.
type State uint8

// A future is pending, then running (an executor took it), then finished;
// or it is cancelled before it runs, and becomes CancelledAndNotified once
// an executor (or wait/as_completed's bookkeeping) has seen the
// cancellation.
const (
	Pending State = iota
	Running
	Cancelled
	CancelledAndNotified
	Finished
)

var stateNames = [...]string{"PENDING", "RUNNING", "CANCELLED", "CANCELLED_AND_NOTIFIED", "FINISHED"}

// String returns CPython's name of the state ("PENDING", "FINISHED", ...).
func (s State) String() string { return stateNames[s] }

// NoTimeout stands for timeout=None: wait as long as it takes.
var NoTimeout = math.Inf(1)

// Future is concurrent.futures.Future: the thread-safe outcome of a call,
// which any goroutine may wait for. Its methods may be called from any
// goroutine; they never take the GIL. Python callbacks added with
// add_done_callback run in the goroutine that completes the future, so a
// future with Python callbacks must be completed (or cancelled) by a
// goroutine holding the GIL, as every executor of this package does.
type Future struct {
	mu        sync.Mutex
	state     State
	result    py.Object
	exc       *py.Exc
	done      chan struct{} // closed when cancelled or finished
	callbacks []func(*Future)
	waiters   []*waiter
}

// NewFuture returns a pending future.
func NewFuture() *Future { return &Future{done: make(chan struct{})} }

// Type implements py.Typed.
func (f *Future) Type() *py.Class { return FutureClass }

// PyRepr is CPython's repr: "<Future at 0x... state=finished returned
// int>".
func (f *Future) PyRepr() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.reprLocked()
}

func (f *Future) reprLocked() string {
	switch f.state {
	case Finished:
		if f.exc != nil {
			return fmt.Sprintf("<Future at %p state=finished raised %s>", f, f.exc.Class.Name)
		}
		return fmt.Sprintf("<Future at %p state=finished returned %s>", f, py.TypeName(f.result))
	case Cancelled, CancelledAndNotified:
		return fmt.Sprintf("<Future at %p state=cancelled>", f)
	case Running:
		return fmt.Sprintf("<Future at %p state=running>", f)
	}
	return fmt.Sprintf("<Future at %p state=pending>", f)
}

// State returns the future's current state.
func (f *Future) State() State {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.state
}

// Cancelled reports whether the future was cancelled.
func (f *Future) Cancelled() bool {
	s := f.State()
	return s == Cancelled || s == CancelledAndNotified
}

// Running reports whether the call is running.
func (f *Future) Running() bool { return f.State() == Running }

// Done reports whether the future was cancelled or finished.
func (f *Future) Done() bool { return f.State() >= Cancelled }

// Cancel cancels a pending future and reports whether the future is now
// cancelled; a running or finished future cannot be cancelled.
func (f *Future) Cancel() bool {
	f.mu.Lock()
	switch f.state {
	case Running, Finished:
		f.mu.Unlock()
		return false
	case Cancelled, CancelledAndNotified:
		f.mu.Unlock()
		return true
	}
	f.state = Cancelled
	close(f.done)
	cbs := f.callbacks
	f.callbacks = nil
	f.mu.Unlock()
	for _, cb := range cbs {
		cb(f)
	}
	return true
}

// SetRunningOrNotifyCancel is what an executor calls before running the
// call: it marks a pending future running and reports true, or reports
// false for a cancelled one (which wait and as_completed then count as
// done). Any other state is a bug of the caller: RuntimeError.
func (f *Future) SetRunningOrNotifyCancel() (bool, *py.Exc) {
	f.mu.Lock()
	defer f.mu.Unlock()
	switch f.state {
	case Cancelled:
		f.state = CancelledAndNotified
		f.notifyLocked()
		return false, nil
	case Pending:
		f.state = Running
		return true, nil
	}
	_ = py.Stderr.WriteString(fmt.Sprintf("Future %d in unexpected state: %s\n", reflect.ValueOf(f).Pointer(), f.state))
	return false, py.Errorf(py.RuntimeError, "Future in unexpected state")
}

// SetResult finishes the future with result v. It raises
// InvalidStateError if the future is already done.
func (f *Future) SetResult(v py.Object) *py.Exc { return f.finish(v, nil) }

// SetException finishes the future with exception e. It raises
// InvalidStateError if the future is already done.
func (f *Future) SetException(e *py.Exc) *py.Exc { return f.finish(nil, e) }

func (f *Future) finish(v py.Object, e *py.Exc) *py.Exc {
	f.mu.Lock()
	if f.state >= Cancelled {
		msg := f.state.String() + ": " + f.reprLocked()
		f.mu.Unlock()
		return py.NewExc(InvalidStateError, msg)
	}
	f.result, f.exc, f.state = v, e, Finished
	close(f.done)
	f.notifyLocked()
	cbs := f.callbacks
	f.callbacks = nil
	f.mu.Unlock()
	for _, cb := range cbs {
		cb(f)
	}
	return nil
}

// AddDoneCallback arranges for fn to be called with the future when it is
// cancelled or finishes, in the goroutine that completes it; if the
// future is already done fn is called at once. Callbacks run in the order
// they were added.
func (f *Future) AddDoneCallback(fn func(*Future)) {
	f.mu.Lock()
	if f.state < Cancelled {
		f.callbacks = append(f.callbacks, fn)
		f.mu.Unlock()
		return
	}
	f.mu.Unlock()
	fn(f)
}

// Wait blocks until the future is done or timeout seconds have passed
// (NoTimeout: no limit) and reports whether it is done. It does not touch
// the GIL: Python code calls it inside gil.Blocking.
func (f *Future) Wait(timeout float64) bool {
	select {
	case <-f.done:
		return true
	default:
	}
	if timeout <= 0 {
		return false
	}
	if math.IsInf(timeout, 1) {
		<-f.done
		return true
	}
	t := time.NewTimer(time.Duration(timeout * float64(time.Second)))
	defer t.Stop()
	select {
	case <-f.done:
		return true
	case <-t.C:
		return false
	}
}

// Result waits for the future (see Wait) and returns its result, raises
// its exception, CancelledError if it was cancelled, or TimeoutError.
func (f *Future) Result(timeout float64) (py.Object, *py.Exc) {
	if !f.Wait(timeout) {
		return nil, py.NewExc(py.TimeoutError)
	}
	v, e := f.Outcome()
	if e != nil {
		return nil, e
	}
	return v, nil
}

// Exception waits for the future (see Wait) and returns its exception, nil
// if it finished with a result; it raises CancelledError or TimeoutError.
func (f *Future) Exception(timeout float64) (*py.Exc, *py.Exc) {
	if !f.Wait(timeout) {
		return nil, py.NewExc(py.TimeoutError)
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.state != Finished {
		return nil, py.NewExc(CancelledError)
	}
	return f.exc, nil
}

// Outcome returns the result or exception of a done future without
// waiting: CancelledError for a cancelled one. It must not be called on a
// future that is not done.
func (f *Future) Outcome() (py.Object, *py.Exc) {
	f.mu.Lock()
	defer f.mu.Unlock()
	switch f.state {
	case Finished:
		return f.result, f.exc
	case Cancelled, CancelledAndNotified:
		return nil, py.NewExc(CancelledError)
	}
	panic("futures: Outcome of a future that is not done")
}
