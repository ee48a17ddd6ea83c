package asyncio

import (
	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// The event loop policy of CPython's asyncio, reduced to what it does on
// Unix: each thread has a current event loop, set with set_event_loop; the
// main thread gets one made on its first get_event_loop, unless
// set_event_loop was called there before. The state lives in the thread's
// gil.ThreadState.

// GetEventLoop is asyncio.get_event_loop(): the loop running on the calling
// thread if any, else the thread's current loop. On the main thread, when
// set_event_loop was never called, newLoop() (NewEventLoop() if newLoop is
// nil) becomes the current loop. Elsewhere, or after set_event_loop(None),
// no current loop raises RuntimeError. The caller must hold the GIL.
func GetEventLoop(newLoop func() *EventLoop) (*EventLoop, *py.Exc) {
	ts := gil.Current()
	if ts == nil {
		panic("asyncio: GetEventLoop called without holding the GIL")
	}
	if l, ok := ts.Loop.(*EventLoop); ok {
		return l, nil
	}
	if ts.EventLoop == nil && !ts.EventLoopSet && ts.Main {
		if newLoop == nil {
			newLoop = func() *EventLoop { return NewEventLoop() }
		}
		setEventLoop(ts, newLoop())
	}
	if l, ok := ts.EventLoop.(*EventLoop); ok {
		return l, nil
	}
	return nil, py.Errorf(py.RuntimeError, "There is no current event loop in thread %s.", py.Repr(threadName(ts)))
}

// SetEventLoop is asyncio.set_event_loop(loop): loop (nil for None)
// becomes the calling thread's current loop. The caller must hold the GIL.
func SetEventLoop(l *EventLoop) {
	ts := gil.Current()
	if ts == nil {
		panic("asyncio: SetEventLoop called without holding the GIL")
	}
	setEventLoop(ts, l)
}

// setEventLoop sets the current loop of the thread ts.
func setEventLoop(ts *gil.ThreadState, l *EventLoop) {
	ts.EventLoopSet = true
	if l == nil {
		ts.EventLoop = nil
		return
	}
	ts.EventLoop = l
}

// threadName is the name of the thread ts in messages.
func threadName(ts *gil.ThreadState) string {
	if ts.Name != "" {
		return ts.Name
	}
	return "Thread"
}
