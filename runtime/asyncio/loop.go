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
	ready           readyQueue
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
	h := &Handle{loop: l, fn: fn}
	l.ready.push(handleEntry(h))
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
	l.setTimer(&h.timerState, when)
	l.timers.push(handleTimer(h))
}

// setTimer readies the state of a timer due at when for the heap.
func (l *EventLoop) setTimer(t *timerState, when float64) {
	l.seq++
	t.seq = l.seq
	t.inHeap = true
	t.stalled = l.clock.virtual() && when <= l.clock.now()
}

// CallSoonThreadsafe schedules fn from any goroutine and wakes the loop if
// it sleeps (loop.call_soon_threadsafe). It is the only method that may be
// called without the GIL.
func (l *EventLoop) CallSoonThreadsafe(fn func() *py.Exc) *Handle {
	h := &Handle{loop: l, fn: fn}
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
	if exc != nil || t.rare != nil {
		t.more().stepExc = exc
	}
	l.ready.push(stepEntry(t))
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
	l.ready = readyQueue{}
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
		// A BaseException such as SystemExit escaped the loop from the
		// main task: it is propagating now, so it counts as retrieved.
		if fut.Done() && !fut.Cancelled() {
			fut.logTraceback = false
		}
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
