package asyncio

import (
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// EventLoop is an asyncio event loop: a FIFO ready queue, a timer heap and a
// thread-safe inbox, run by one goroutine at a time while it holds the GIL.
// Its methods, except CallSoonThreadsafe, must be called by the goroutine
// that holds the GIL.
type EventLoop struct {
	clock           clock
	ready           ring
	timers          timerHeap
	seq             uint64
	cancelledTimers int

	current *Task     // the task whose step is running
	tasks   taskList  // pending tasks, in creation order
	failed  []*Future // futures that got an exception, for "never retrieved"

	ts       *gil.ThreadState
	running  bool
	stopping bool
	closed   bool
	fatal    *py.Exc // SystemExit/KeyboardInterrupt escaping a task

	inboxMu  sync.Mutex
	inbox    []*Handle
	pending  atomic.Bool
	inflight atomic.Int32 // executor jobs whose result has not been queued yet
	wake     chan struct{}
	timer    *time.Timer

	stderr     io.Writer
	formatExc  func(*py.Exc) string
	executor   Executor
	ownsExec   bool
	shutdownEx bool
}

// Option configures a loop made by NewEventLoop or Run.
type Option func(*EventLoop)

// WithVirtualClock makes the loop's clock virtual: it starts at 0 and, when
// nothing is ready, jumps to the next timer's deadline instead of sleeping,
// so timed programs run in microseconds with the same ordering.
func WithVirtualClock() Option { return func(l *EventLoop) { l.clock = &virtualClock{} } }

// WithStderr sends the loop's error log (never-retrieved exceptions,
// failing callbacks) to w instead of os.Stderr.
func WithStderr(w io.Writer) Option { return func(l *EventLoop) { l.stderr = w } }

// WithExceptionFormatter sets how logged exceptions are printed (the
// traceback and last line); the default is py.FormatTraceback.
func WithExceptionFormatter(f func(*py.Exc) string) Option {
	return func(l *EventLoop) { l.formatExc = f }
}

// WithExecutor sets the loop's default executor, used by RunInExecutor and
// ToThread and shut down by Run's teardown.
func WithExecutor(e Executor) Option { return func(l *EventLoop) { l.executor = e } }

// NewEventLoop returns a new loop, real-time unless an option says
// otherwise.
func NewEventLoop(opts ...Option) *EventLoop {
	l := &EventLoop{
		clock:     realClock{},
		wake:      make(chan struct{}, 1),
		stderr:    os.Stderr,
		formatExc: py.FormatTraceback,
	}
	for _, o := range opts {
		o(l)
	}
	return l
}

// Time returns the loop's clock in seconds: monotonic for the real-time
// loop, the simulated time for the virtual one.
func (l *EventLoop) Time() float64 { return l.clock.now() }

// IsVirtual reports whether the loop runs on a virtual clock.
func (l *EventLoop) IsVirtual() bool { return l.clock.virtual() }

// IsRunning reports whether the loop is running.
func (l *EventLoop) IsRunning() bool { return l.running }

// IsClosed reports whether Close was called.
func (l *EventLoop) IsClosed() bool { return l.closed }

// CallSoon schedules fn to run in a later loop iteration, after every
// callback already scheduled (loop.call_soon). An exception fn returns is
// logged as "Exception in callback ..." and the loop goes on.
func (l *EventLoop) CallSoon(fn func() *py.Exc) *Handle {
	h := &Handle{loop: l, fn: fn, index: -1}
	l.ready.push(entry{kind: entryHandle, h: h})
	return h
}

// CallLater schedules fn to run delay seconds from now (loop.call_later).
func (l *EventLoop) CallLater(delay float64, fn func() *py.Exc) *Handle {
	return l.CallAt(l.clock.now()+delay, fn)
}

// CallAt schedules fn to run when the loop's clock reaches when
// (loop.call_at).
func (l *EventLoop) CallAt(when float64, fn func() *py.Exc) *Handle {
	h := &Handle{loop: l, fn: fn, timer: true}
	l.addTimer(h, when)
	return h
}

func (l *EventLoop) addTimer(h *Handle, when float64) {
	h.when = when
	l.seq++
	h.seq = l.seq
	l.timers.push(h)
}

// CallSoonThreadsafe schedules fn from any goroutine and wakes the loop if
// it sleeps (loop.call_soon_threadsafe). It is the only method that may be
// called without the GIL.
func (l *EventLoop) CallSoonThreadsafe(fn func() *py.Exc) *Handle {
	h := &Handle{loop: l, fn: fn, index: -1}
	l.inboxMu.Lock()
	l.inbox = append(l.inbox, h)
	l.inboxMu.Unlock()
	l.pending.Store(true)
	select {
	case l.wake <- struct{}{}:
	default:
	}
	return h
}

// scheduleStep queues a task step that throws exc in (nil: sends None).
// A task has at most one step or wake-up queued at a time, so the
// exception waits in the task itself and the entry stays small.
func (l *EventLoop) scheduleStep(t *Task, exc *py.Exc) {
	t.stepExc = exc
	l.ready.push(entry{kind: entryStep, task: t})
}

// Stop makes RunForever return after the current iteration (loop.stop).
func (l *EventLoop) Stop() { l.stopping = true }

// Close closes the loop (loop.close). It raises RuntimeError if the loop is
// running. Pending callbacks are dropped.
func (l *EventLoop) Close() *py.Exc {
	if l.running {
		return py.Errorf(py.RuntimeError, "Cannot close a running event loop")
	}
	if l.closed {
		return nil
	}
	l.closed = true
	l.ready = ring{}
	l.timers = nil
	if l.timer != nil {
		l.timer.Stop()
	}
	return nil
}

// RunForever runs the loop until Stop is called (loop.run_forever). The
// calling goroutine must hold the GIL; the loop releases it only while it
// sleeps.
func (l *EventLoop) RunForever() *py.Exc {
	if exc := l.enter(); exc != nil {
		return exc
	}
	defer l.leave()
	for {
		if l.runGuarded() || l.stopping || l.fatal != nil {
			break
		}
	}
	l.stopping = false
	if e := l.fatal; e != nil {
		l.fatal = nil
		return e
	}
	return nil
}

func (l *EventLoop) enter() *py.Exc {
	if l.closed {
		return py.Errorf(py.RuntimeError, "Event loop is closed")
	}
	if l.running {
		return py.Errorf(py.RuntimeError, "This event loop is already running")
	}
	ts := gil.Current()
	if ts == nil {
		panic("asyncio: the event loop must run with the GIL held (see package gil)")
	}
	if ts.Loop != nil {
		return py.Errorf(py.RuntimeError, "Cannot run the event loop while another loop is running")
	}
	ts.Loop = l
	l.ts = ts
	l.running = true
	return nil
}

func (l *EventLoop) leave() {
	l.running = false
	l.ts.Loop = nil
	l.ts = nil
}

// RunUntilComplete runs the loop until aw is done and returns its result
// (loop.run_until_complete). A coroutine is wrapped in a task first.
func (l *EventLoop) RunUntilComplete(aw py.Awaiter) (py.Object, *py.Exc) {
	if l.closed {
		return nil, py.Errorf(py.RuntimeError, "Event loop is closed")
	}
	fut, exc := l.ensureFuture(aw)
	if exc != nil {
		return nil, exc
	}
	fut.AddDoneCallback(runUntilCompleteCB)
	exc = l.RunForever()
	fut.RemoveDoneCallback(runUntilCompleteCB)
	if exc != nil {
		return nil, exc
	}
	if !fut.Done() {
		return nil, py.Errorf(py.RuntimeError, "Event loop stopped before Future completed.")
	}
	return fut.Result()
}

// runUntilCompleteCB stops the loop of the future it is called with.
var runUntilCompleteCB = &DoneCallback{
	Fn:   func(f *Future) *py.Exc { f.loop.Stop(); return nil },
	Repr: "_run_until_complete_cb() at " + stdlibDir + "/asyncio/base_events.py:180",
}

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
		for len(l.timers) > 0 && l.timers[0].when < end {
			h := l.timers.pop()
			if h.cancelled {
				l.cancelledTimers--
				continue
			}
			l.ready.push(entry{kind: entryHandle, h: h})
		}
	}
	for n := l.ready.len(); n > 0; n-- {
		e := l.ready.pop()
		switch e.kind {
		case entryStep:
			t := e.task
			exc := t.stepExc
			t.stepExc = nil
			t.step(exc)
		case entryWakeup:
			e.task.wakeup(e.fut)
		case entryDone:
			if exc := e.cb.Fn(e.fut); exc != nil {
				src := withArg(e.cb.Repr, e.fut.String())
				exc.AddFrame(callbackFrame)
				l.callExceptionHandler("Exception in callback "+src, exc, "handle", "<Handle "+src+">")
			}
		case entryHandle:
			if !e.h.cancelled {
				e.h.run()
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
		l.timers.compact()
		l.cancelledTimers = 0
		return
	}
	for len(l.timers) > 0 && l.timers[0].cancelled {
		l.timers.pop()
		l.cancelledTimers--
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
		l.ready.push(entry{kind: entryHandle, h: h})
	}
}
