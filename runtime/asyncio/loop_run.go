package asyncio

import (
	"time"
	"unsafe"

	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// runGuarded runs iterations (at least one) until the loop stops and
// reports true; it reports false after turning a Go panic in a callback
// into a Python RuntimeError: raised by the running task, or logged like
// any failing callback. One deferred recover covers many iterations, so the
// hot path pays nothing per step.
func (l *EventLoop) runGuarded() (stopped bool) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		stopped = false
		// The panic skipped the LeaveCalls of the calls it unwound.
		gil.SetDepth(l.runDepth)
		if t := l.current; t != nil {
			l.current = nil
			t.finish(nil, py.Errorf(py.RuntimeError, "Go panic in %s: %v", t.coro.Code().QualName, r))
			return
		}
		l.callExceptionHandler("Exception in callback", py.Errorf(py.RuntimeError, "Go panic: %v", r), "", "")
	}()
	for {
		l.runOnce()
		if l.stopping || l.fatal != nil {
			return true
		}
	}
}

// virtualTick is how far a virtual clock moves on when a timer that did
// not need it to move fires: far below any delay set on purpose.
const virtualTick = 1e-9

// runOnce is one iteration of CPython's BaseEventLoop._run_once.
func (l *EventLoop) runOnce() {
	if l.cancelledTimers != 0 {
		l.dropCancelledTimers()
	}
	if l.pending.Load() {
		l.drainInbox()
	}
	if l.ready.len() == 0 && !l.stopping {
		l.idle()
	}
	if len(l.timers) > 0 {
		end := l.clock.now() + clockResolution
		virtual, stalled := l.clock.virtual(), false
		for len(l.timers) > 0 && l.timers[0].when < end {
			e := l.timers.pop()
			l.ready.push(e.readyEntry())
			stalled = stalled || virtual && e.state().stalled
		}
		if stalled {
			// A timer set for no later than its own creation time fired on
			// a virtual clock. A real clock moves on while a program runs,
			// and code that sleeps for a computed shortfall (a token bucket
			// refilling to exactly 1.0, short by a rounding error) relies on
			// that to make progress: the virtual clock moves on a little.
			l.clock.advance(l.clock.now() + virtualTick)
		}
	}
	n := l.ready.len()
	pf := n >= prefetchQueue
	for ; n > 0; n-- {
		if pf && n > prefetchAhead {
			l.ready.prefetch()
		}
		e := l.ready.pop()
		switch a := e.arg; {
		case a == nil:
			t := (*Task)(e.fn)
			var exc *py.Exc
			if t.rare != nil {
				exc, t.rare.stepExc = t.rare.stepExc, nil
			}
			t.step(exc)
		case uintptr(a)&1 != 0:
			cb, f := (*DoneCallback)(e.fn), (*Future)(unsafe.Add(a, -1))
			// Callbacks run shallower than task steps (see depth.go).
			d := gil.Depth()
			gil.SetDepth(d - callbackFrames)
			exc := cb.Fn(f)
			gil.SetDepth(d)
			if exc != nil {
				src := withArg(cb.Repr, f.String())
				exc.AddFrame(callbackFrame)
				l.callExceptionHandler("Exception in callback "+src, exc, "handle", "<Handle "+src+">")
			}
		case !isMark(a):
			t, f := (*Task)(e.fn), (*Future)(a)
			if f.state == stateFinished && !f.failed {
				t.step(nil)
			} else {
				t.wakeup(f)
			}
		case a == unsafe.Pointer(&marks[sleepMark]):
			(*sleeper)(e.fn).fire()
		default:
			h := (*Handle)(e.fn)
			if a == unsafe.Pointer(&marks[timerMark]) {
				h.leave(l)
			}
			if !h.cancelled {
				h.run()
			}
		}
		if l.fatal != nil {
			return
		}
	}
	if gil.Contended() {
		gil.Yield()
	}
}

// clockResolution is CPython's time.get_clock_info('monotonic').resolution:
// timers due within it of now run in this iteration.
const clockResolution = 1e-9

func (l *EventLoop) dropCancelledTimers() {
	if l.cancelledTimers > 100 && 2*l.cancelledTimers > len(l.timers) {
		l.timers.compact(l)
		return
	}
	for len(l.timers) > 0 && l.timers[0].state().cancelled {
		e := l.timers.pop()
		e.state().leave(l)
	}
}

// idle waits for something to do: the virtual clock jumps to the next
// deadline, the real one sleeps until it or until a thread-safe call
// arrives. The GIL is released while sleeping.
func (l *EventLoop) idle() {
	if len(l.timers) > 0 {
		when := l.timers[0].when
		if l.clock.virtual() {
			if l.inflight.Load() > 0 {
				// A job on another goroutine will call back: simulated
				// time must not pass before it does.
				l.sleep(-1)
				l.drainInbox()
				return
			}
			l.clock.advance(when)
			return
		}
		d := time.Duration((when - l.clock.now()) * 1e9)
		if d <= 0 {
			return
		}
		l.sleep(d)
	} else {
		l.sleep(-1)
	}
	if l.pending.Load() {
		l.drainInbox()
	}
}

// sleep blocks for d (forever if d < 0) or until CallSoonThreadsafe wakes
// the loop, without the GIL.
func (l *EventLoop) sleep(d time.Duration) {
	gil.Release()
	if d < 0 {
		<-l.wake
	} else {
		if l.timer == nil {
			l.timer = time.NewTimer(d)
		} else {
			l.timer.Reset(d)
		}
		select {
		case <-l.wake:
			l.timer.Stop()
		case <-l.timer.C:
		}
	}
	gil.Acquire(l.ts)
}

func (l *EventLoop) drainInbox() {
	l.inboxMu.Lock()
	in := l.inbox
	l.inbox = nil
	l.pending.Store(false)
	l.inboxMu.Unlock()
	for _, h := range in {
		l.ready.push(handleEntry(h))
	}
}
