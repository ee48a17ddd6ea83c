package asyncio

import (
	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// Handle is a callback scheduled with CallSoon, CallLater, CallAt or
// CallSoonThreadsafe: asyncio.Handle, or asyncio.TimerHandle for the timed
// ones.
type Handle struct {
	loop     *EventLoop
	fn       func() *py.Exc
	describe func() string
	when     float64
	timerState
	timer bool
}

// Cancel cancels the callback; it does nothing if the callback already ran
// or was cancelled.
func (h *Handle) Cancel() { h.cancel(h.loop) }

// Cancelled reports whether Cancel was called.
func (h *Handle) Cancelled() bool { return h.cancelled }

// When returns a timer handle's deadline in loop time (0 for a plain
// handle).
func (h *Handle) When() float64 { return h.when }

// Describe sets how the callback appears in the handle's repr and in error
// logs, e.g. "bad(<Future finished result='r'>) at FILE:11". f is called
// each time a repr is needed, so arguments show their current state. It
// returns h for chaining.
func (h *Handle) Describe(f func() string) *Handle {
	h.describe = f
	return h
}

// String returns CPython's repr: <Handle cb() at FILE:L>,
// <TimerHandle when=12.5 cb() at FILE:L>; once cancelled, "cancelled"
// follows the class name and the callback is no longer shown.
func (h *Handle) String() string {
	b := []byte("<Handle")
	if h.timer {
		b = []byte("<TimerHandle")
	}
	if h.cancelled {
		b = append(b, " cancelled"...)
	}
	if h.timer {
		b = append(b, " when="...)
		b = append(b, py.Repr(h.when)...)
	}
	if src := h.source(); src != "" && !h.cancelled {
		b = append(b, ' ')
		b = append(b, src...)
	}
	return string(append(b, '>'))
}

// source describes the callback for reprs and logs.
func (h *Handle) source() string {
	if h.describe != nil {
		return h.describe()
	}
	return ""
}

// run calls the callback; an exception it raises is logged and the loop
// goes on, as in CPython. The callback runs shallower than task steps
// (see depth.go).
func (h *Handle) run() {
	d := gil.Depth()
	gil.SetDepth(d - callbackFrames)
	exc := h.fn()
	gil.SetDepth(d)
	if exc != nil {
		exc.AddFrame(callbackFrame)
		src := h.source()
		h.loop.callExceptionHandler("Exception in callback "+src, exc, "handle", h.String())
	}
}
