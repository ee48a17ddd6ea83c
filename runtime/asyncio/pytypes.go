package asyncio

import "github.com/asyncgen/asyncgen/runtime/py"

// Python classes of the runtime's values, for type(), isinstance and
// messages that name a type.
var (
	// FutureClass is asyncio.Future (_asyncio.Future in CPython 3.11).
	FutureClass = py.NewClass("Future", "_asyncio", py.ObjectClass)
	// TaskClass is asyncio.Task, a subclass of Future.
	TaskClass = py.NewClass("Task", "_asyncio", FutureClass)
	// HandleClass is asyncio.Handle.
	HandleClass = py.NewClass("Handle", "asyncio.events", py.ObjectClass)
	// TimerHandleClass is asyncio.TimerHandle.
	TimerHandleClass = py.NewClass("TimerHandle", "asyncio.events", HandleClass)
)

// Type implements py.Typed.
func (f *Future) Type() *py.Class {
	if f.isTask {
		return TaskClass
	}
	return FutureClass
}

// PyRepr is repr(future), for py.Repr.
func (f *Future) PyRepr() string { return f.String() }

// Type implements py.Typed.
func (t *Task) Type() *py.Class { return TaskClass }

// PyRepr is repr(task), for py.Repr.
func (t *Task) PyRepr() string { return t.String() }

// Type implements py.Typed.
func (h *Handle) Type() *py.Class {
	if h.timer {
		return TimerHandleClass
	}
	return HandleClass
}

// PyRepr is repr(handle), for py.Repr.
func (h *Handle) PyRepr() string { return h.String() }

var (
	// TimeoutClass is asyncio.Timeout.
	TimeoutClass = py.NewClass("Timeout", "asyncio.timeouts", py.ObjectClass)
	// TaskGroupClass is asyncio.TaskGroup.
	TaskGroupClass = py.NewClass("TaskGroup", "asyncio.taskgroups", py.ObjectClass)
)

// Type implements py.Typed.
func (t *TimeoutCM) Type() *py.Class { return TimeoutClass }

// PyRepr is repr(timeout), for py.Repr.
func (t *TimeoutCM) PyRepr() string { return t.String() }

// Type implements py.Typed.
func (tg *TaskGroup) Type() *py.Class { return TaskGroupClass }

// PyRepr is repr(group), for py.Repr.
func (tg *TaskGroup) PyRepr() string { return tg.String() }

var (
	// AbstractEventLoopClass is asyncio.AbstractEventLoop.
	AbstractEventLoopClass = py.NewClass("AbstractEventLoop", "asyncio.events", py.ObjectClass)
	// BaseEventLoopClass is asyncio.BaseEventLoop.
	BaseEventLoopClass = py.NewClass("BaseEventLoop", "asyncio.base_events", AbstractEventLoopClass)
	// LoopClass is the class of event loop objects: asyncio's
	// _UnixSelectorEventLoop (a BaseEventLoop), which
	// asyncio.new_event_loop() returns on Unix.
	LoopClass = py.NewClass("_UnixSelectorEventLoop", "asyncio.unix_events", BaseEventLoopClass)
)

// Type implements py.Typed: an *EventLoop is the Python loop object itself,
// so that every way of reaching a loop (get_event_loop, get_running_loop,
// future.get_loop) gives the same object.
func (l *EventLoop) Type() *py.Class { return LoopClass }

// PyRepr is repr(loop): <_UnixSelectorEventLoop running=False
// closed=False debug=False>.
func (l *EventLoop) PyRepr() string {
	return "<_UnixSelectorEventLoop running=" + py.Repr(l.running) + " closed=" + py.Repr(l.closed) + " debug=False>"
}
