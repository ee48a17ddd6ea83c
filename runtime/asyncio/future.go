package asyncio

import (
	"unsafe"

	"github.com/asyncgen/asyncgen/runtime/py"
)

type futureState uint8

const (
	statePending futureState = iota
	stateCancelled
	stateFinished
)

// DoneCallback is a done callback: Fn is called with the future once it is
// done, in a later loop iteration. Repr is how it shows in the future's
// repr (cb=[...]), e.g. "cb() at FILE:19". Key, when set, is the Python
// callable the callback stands for: RemoveDoneCallback then matches every
// callback with an equal Key, as remove_done_callback(fn) does; without a
// Key callbacks match by pointer.
type DoneCallback struct {
	Fn   func(*Future) *py.Exc
	Repr string
	Key  py.Object
}

// matches reports whether a registered callback is cb for removal.
func (cb *DoneCallback) matches(other *DoneCallback) bool {
	if cb == other {
		return true
	}
	return cb.Key != nil && other != nil && sameKey(cb.Key, other.Key)
}

// sameKey is identity of Python callables; values Go cannot compare are
// never equal.
func sameKey(a, b py.Object) (eq bool) {
	defer func() {
		if recover() != nil {
			eq = false
		}
	}()
	return a == b
}

// doneCB is a registered callback: a task to wake up, or a DoneCallback.
type doneCB struct {
	task *Task
	cb   *DoneCallback
}

func (c doneCB) repr() string {
	if c.task != nil {
		return "Task.task_wakeup()"
	}
	return c.cb.Repr
}

// Future is asyncio.Future: a result that becomes available later. Awaiting
// it (Resume) suspends the awaiting task until it is done.
//
// A Future takes 48 bytes: whether the future is a Task's, whether it
// failed and what its first callback is are flags, and an exception is
// kept in result.
type Future struct {
	loop          *EventLoop
	state         futureState
	logTraceback  bool
	cancelRequest bool // gather's outer future: a cancel reached children
	isTask        bool // the future is the Future of a Task (see task)
	failed        bool // finished with an exception, kept in result
	cb0Task       bool // cb0 is a *Task to wake up, not a *DoneCallback
	// A Task's flags, kept in what would be padding.
	started    bool           // the task's coroutine has been resumed
	mustCancel bool           // the task's next step throws CancelledError in
	result     py.Object      // the result, or the *py.Exc if failed
	cb0        unsafe.Pointer // the first callback (see cb0Task), stored inline
	rare       *futureRare    // what most futures never need
}

// task returns the Task this future is part of, nil if none. A Task's
// Future is its first field, so the two share an address.
func (f *Future) task() *Task {
	if f.isTask {
		return (*Task)(unsafe.Pointer(f))
	}
	return nil
}

// first returns the first callback, the zero doneCB if none.
func (f *Future) first() doneCB {
	switch {
	case f.cb0 == nil:
		return doneCB{}
	case f.cb0Task:
		return doneCB{task: (*Task)(f.cb0)}
	}
	return doneCB{cb: (*DoneCallback)(f.cb0)}
}

// setFirst stores c as the first callback.
func (f *Future) setFirst(c doneCB) {
	if c.task != nil {
		f.cb0, f.cb0Task = unsafe.Pointer(c.task), true
	} else {
		f.cb0, f.cb0Task = unsafe.Pointer(c.cb), false
	}
}

// exc returns the exception the future finished with, nil if none.
func (f *Future) exc() *py.Exc {
	if f.failed {
		return f.result.(*py.Exc)
	}
	return nil
}

// futureRare holds the fields most futures never use, so that a Future (and
// a Task, which embeds one) stays small.
type futureRare struct {
	cancelMsg    py.Object                // nil means None
	cancelledExc *py.Exc                  // the CancelledError that ended a task
	cbs          []doneCB                 // callbacks after the first
	cancelHook   func(msg py.Object) bool // overrides Cancel (gather)
	name         string                   // a Task's name when set; "" means Task-<num>
	stepExc      *py.Exc                  // what a Task's queued step throws in
	numCancels   int32                    // a Task's pending cancellation requests
	quietDestroy bool                     // a Task not reported as destroyed pending
}

// more returns the rare fields, allocating them on first use.
func (f *Future) more() *futureRare {
	if f.rare == nil {
		f.rare = &futureRare{}
	}
	return f.rare
}

// cancelMessage is the message given to cancel(), nil for None.
func (f *Future) cancelMessage() py.Object {
	if f.rare == nil {
		return nil
	}
	return f.rare.cancelMsg
}

// extra returns the callbacks after the first.
func (f *Future) extra() []doneCB {
	if f.rare == nil {
		return nil
	}
	return f.rare.cbs
}

// CreateFuture returns a new pending future attached to l
// (loop.create_future).
func (l *EventLoop) CreateFuture() *Future { return &Future{loop: l} }

// Loop returns the loop the future is attached to (get_loop).
func (f *Future) Loop() *EventLoop { return f.loop }

// Done reports whether the future has a result, an exception or was
// cancelled.
func (f *Future) Done() bool { return f.state != statePending }

// Cancelled reports whether the future was cancelled.
func (f *Future) Cancelled() bool { return f.state == stateCancelled }

// Result returns the future's result, or raises its exception,
// CancelledError if it was cancelled, or InvalidStateError("Result is not
// set.") while it is pending. It marks the exception retrieved.
func (f *Future) Result() (py.Object, *py.Exc) {
	switch f.state {
	case stateCancelled:
		return nil, f.makeCancelledError()
	case statePending:
		return nil, py.Errorf(py.InvalidStateError, "Result is not set.")
	}
	f.logTraceback = false
	if f.failed {
		return nil, f.exc()
	}
	return f.result, nil
}

// Exception returns the future's exception (nil if it has a result); it
// raises CancelledError if the future was cancelled and
// InvalidStateError("Exception is not set.") while it is pending.
func (f *Future) Exception() (*py.Exc, *py.Exc) {
	switch f.state {
	case stateCancelled:
		return nil, f.makeCancelledError()
	case statePending:
		return nil, py.Errorf(py.InvalidStateError, "Exception is not set.")
	}
	f.logTraceback = false
	return f.exc(), nil
}

// SetResult marks the future done with result v and schedules its
// callbacks; InvalidStateError("invalid state") if it is already done.
func (f *Future) SetResult(v py.Object) *py.Exc {
	if f.state != statePending {
		return py.Errorf(py.InvalidStateError, "invalid state")
	}
	f.setResult(v)
	return nil
}

func (f *Future) setResult(v py.Object) {
	f.result = v
	f.state = stateFinished
	f.scheduleCallbacks()
}

// SetException marks the future done with exception e and schedules its
// callbacks. StopIteration is refused with TypeError, as in CPython.
func (f *Future) SetException(e *py.Exc) *py.Exc {
	if f.state != statePending {
		return py.Errorf(py.InvalidStateError, "invalid state")
	}
	if e.Matches(py.StopIteration) {
		return py.Errorf(py.TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future")
	}
	f.setException(e)
	return nil
}

func (f *Future) setException(e *py.Exc) {
	f.result, f.failed = e, true
	f.state = stateFinished
	f.logTraceback = true
	f.loop.noteFailed(f)
	f.scheduleCallbacks()
}

// Cancel cancels the future and schedules its callbacks; it returns False
// if the future is already done. msg becomes the CancelledError's argument
// (nil for none). On a Task's future it cancels the task (Task.Cancel).
func (f *Future) Cancel(msg py.Object) bool {
	if t := f.task(); t != nil {
		return t.Cancel(msg)
	}
	if f.rare != nil && f.rare.cancelHook != nil {
		return f.rare.cancelHook(msg)
	}
	return f.cancel(msg)
}

// cancel is Future.cancel, without Task's or gather's overrides.
func (f *Future) cancel(msg py.Object) bool {
	f.logTraceback = false
	if f.state != statePending {
		return false
	}
	f.state = stateCancelled
	if msg != nil || f.rare != nil {
		f.more().cancelMsg = msg
	}
	f.scheduleCallbacks()
	return true
}

// makeCancelledError is _make_cancelled_error: the CancelledError that
// escaped a task the first time, else a new one carrying the cancel
// message.
func (f *Future) makeCancelledError() *py.Exc {
	if f.rare == nil {
		return py.NewExc(py.CancelledError)
	}
	if e := f.rare.cancelledExc; e != nil {
		f.rare.cancelledExc = nil
		return e
	}
	if f.rare.cancelMsg == nil {
		return py.NewExc(py.CancelledError)
	}
	return py.NewExc(py.CancelledError, f.rare.cancelMsg)
}

// Resume makes a future awaitable: it suspends on the future until it is
// done, then returns its result or raises its exception. It keeps no state,
// so a future can be awaited any number of times.
func (f *Future) Resume(_ py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	if thrown != nil {
		return nil, py.Raised, thrown
	}
	if f.state == statePending {
		if t := f.task(); t != nil {
			return t, py.Yielded, nil
		}
		return f, py.Yielded, nil
	}
	v, exc := f.Result()
	if exc != nil {
		return nil, py.Raised, exc
	}
	return v, py.Returned, nil
}

// noteFailed remembers a future that got an exception, to log it at the
// end of Run if nobody retrieved it.
func (l *EventLoop) noteFailed(f *Future) {
	if len(l.failed) >= 4096 && len(l.failed) == cap(l.failed) {
		kept := l.failed[:0]
		for _, g := range l.failed {
			if g.logTraceback {
				kept = append(kept, g)
			}
		}
		clear(l.failed[len(kept):])
		l.failed = kept
	}
	l.failed = append(l.failed, f)
}
