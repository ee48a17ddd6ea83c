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

	ts        *gil.ThreadState
	running   bool
	stopping  bool
	closed    bool
	fatal     *py.Exc // SystemExit/KeyboardInterrupt escaping a task
	callerDep int     // the call depth of whoever started the loop running
	runDepth  int     // the call depth task steps run at (see depth.go)
	atExit    bool    // listed for the exit report (see exitreport.go)

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

// CallSoonFromPython is loop.call_soon_threadsafe(fn) called by Python
// code, which holds the GIL on whatever thread it runs: fn joins the ready
// queue at once, in order with CallSoon's callbacks (as CPython appends it
// to the same queue), and the loop is woken if it sleeps on another
// thread. The caller must hold the GIL.
func (l *EventLoop) CallSoonFromPython(fn func() *py.Exc) *Handle {
	h := l.CallSoon(fn)
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
// running. Pending callbacks are dropped, so tasks still pending never
// finish (they are reported when the program exits, see AtExit), and the
// default executor is shut down without waiting for its jobs.
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
	l.cancelledTimers = 0
	if l.timer != nil {
		l.timer.Stop()
	}
	l.shutdownEx = true
	if ex := l.executor; ex != nil {
		l.executor = nil
		ex.Shutdown(false)
	}
	l.closedForExit()
	return nil
}

// RunForever runs the loop until Stop is called (loop.run_forever). The
// calling goroutine must hold the GIL; the loop releases it only while it
// sleeps. A Stop before RunForever makes it run one iteration.
func (l *EventLoop) RunForever() *py.Exc {
	exc := l.runForever(runForeverFrames)
	flushUnawaited(exc)
	return exc
}

// runForever is run_forever called frames frames below the code that
// started the loop (see depth.go).
func (l *EventLoop) runForever(frames int) *py.Exc {
	if exc := l.enter(frames); exc != nil {
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

// checkRunnable raises what run_forever and run_until_complete raise
// before doing anything when the loop cannot run: it is closed, already
// running, or another loop runs on this thread.
func (l *EventLoop) checkRunnable() *py.Exc {
	if l.closed {
		return py.Errorf(py.RuntimeError, "Event loop is closed")
	}
	if l.running {
		return py.Errorf(py.RuntimeError, "This event loop is already running")
	}
	if ts := gil.Current(); ts != nil && ts.Loop != nil {
		return py.Errorf(py.RuntimeError, "Cannot run the event loop while another loop is running")
	}
	return nil
}

// enter marks the loop running on the calling thread, whose call depth
// grows by frames while it runs (see depth.go).
func (l *EventLoop) enter(frames int) *py.Exc {
	if exc := l.checkRunnable(); exc != nil {
		return exc
	}
	ts := gil.Current()
	if ts == nil {
		panic("asyncio: the event loop must run with the GIL held (see package gil)")
	}
	ts.Loop = l
	l.ts = ts
	l.running = true
	l.callerDep = gil.Depth()
	l.runDepth = l.callerDep + frames
	gil.SetDepth(l.runDepth)
	return nil
}

func (l *EventLoop) leave() {
	gil.SetDepth(l.callerDep)
	l.running = false
	l.ts.Loop = nil
	l.ts = nil
}

// RunUntilComplete runs the loop until aw is done and returns its result
// (loop.run_until_complete). A coroutine or other awaitable is wrapped in a
// task first; nothing is scheduled when the loop cannot run.
func (l *EventLoop) RunUntilComplete(aw py.Awaiter) (py.Object, *py.Exc) {
	v, exc := l.runUntilComplete(aw, runUntilCompleteFrames)
	flushUnawaited(exc)
	return v, exc
}

// runUntilComplete is run_until_complete called frames frames below the
// code that started the loop (see depth.go).
func (l *EventLoop) runUntilComplete(aw py.Awaiter, frames int) (py.Object, *py.Exc) {
	if exc := l.checkRunnable(); exc != nil {
		noteUnawaited(l.stderr, aw, exc)
		return nil, exc
	}
	_, isTask := aw.(*Task)
	_, isFuture := aw.(*Future)
	fut, exc := l.ensureFuture(aw)
	if exc != nil {
		return nil, exc
	}
	if !isTask && !isFuture {
		// The caller has no other reference to the task: an exception
		// is raised if it does not finish, so it is not reported as
		// destroyed while pending either (_log_destroy_pending).
		fut.more().quietDestroy = true
	}
	fut.AddDoneCallback(runUntilCompleteCB)
	exc = l.runForever(frames)
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

// runUntilCompleteCB stops the loop of the future it is called with,
// unless the future failed with SystemExit or KeyboardInterrupt: that
// exception already ended the run, and the callback, scheduled before,
// must not stop the next one.
var runUntilCompleteCB = &DoneCallback{
	Fn: func(f *Future) *py.Exc {
		if e := f.exc(); e != nil && (e.Matches(py.SystemExit) || e.Matches(py.KeyboardInterrupt)) {
			return nil
		}
		f.loop.Stop()
		return nil
	},
	Repr: "_run_until_complete_cb() at " + stdlibDir + "/asyncio/base_events.py:180",
}
