package gil

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// ThreadState is the state of one Python thread. Its fields are read and
// written only by the goroutine that holds the lock with it.
type ThreadState struct {
	// Loop is the event loop running on this thread (an
	// *asyncio.EventLoop), or nil when none runs. asyncio sets it while
	// run_until_complete/run_forever runs and clears it afterwards; the
	// current task is the loop's business.
	Loop any
	// Depth counts the Python calls and nested awaits in progress on this
	// thread, for RecursionError: it is saved here while the thread does
	// not hold the lock (see EnterCall).
	Depth int
	// Name is the thread's name in messages (threading's
	// current_thread().name): "MainThread" for the program's main thread.
	Name string
	// Main marks the program's main thread, the only one on which
	// asyncio.get_event_loop() creates a loop when none is set.
	Main bool
	// EventLoop is the loop asyncio.set_event_loop set for this thread
	// (the event loop policy's per-thread loop), or nil.
	EventLoop any
	// EventLoopSet records that set_event_loop was called on this thread,
	// even with None: get_event_loop then no longer creates a loop.
	EventLoopSet bool
}

// callDepth is the holder's call depth. Only the lock's holder touches it,
// so the counting is a plain increment; Acquire and Release swap it with
// the thread states.
var callDepth int

// EnterCall counts a Python call or nested await of the lock's holder and
// reports false, counting nothing, when limit calls are in progress. The
// caller must hold the lock.
func EnterCall(limit int) bool {
	if callDepth >= limit {
		return false
	}
	callDepth++
	return true
}

// LeaveCall ends a call counted by EnterCall.
func LeaveCall() { callDepth-- }

// Depth returns the holder's call depth: the calls counted by EnterCall
// plus the frames a caller such as an event loop set with SetDepth. The
// caller must hold the lock.
func Depth() int { return callDepth }

// SetDepth sets the holder's call depth, for code that runs Python
// callables below frames CPython would have on the stack (an event loop's
// own, a thread's bootstrap) and must count them, and restores it
// afterwards. The caller must hold the lock.
func SetDepth(d int) { callDepth = d }

// CallBudget is how many more calls EnterCall(limit) would count before
// refusing one. The caller must hold the lock.
func CallBudget(limit int) int { return limit - callDepth }

// NewThreadState returns the state of a new Python thread with no loop.
func NewThreadState() *ThreadState { return &ThreadState{} }

// NewMainThreadState returns the state of the program's main thread, whose
// module frame is already on the stack (depth 1, as CPython counts it).
func NewMainThreadState() *ThreadState {
	return &ThreadState{Depth: 1, Name: "MainThread", Main: true}
}

// interpreter is the process-wide lock and the state of its holder.
var interpreter struct {
	mu      sync.Mutex
	holder  atomic.Pointer[ThreadState]
	waiting atomic.Int32
}

// Acquire blocks until the lock is free, takes it, and makes ts the current
// thread state. The caller must not already hold the lock.
func Acquire(ts *ThreadState) {
	if ts == nil {
		panic("gil: Acquire with a nil ThreadState")
	}
	if !interpreter.mu.TryLock() {
		interpreter.waiting.Add(1)
		interpreter.mu.Lock()
		interpreter.waiting.Add(-1)
	}
	interpreter.holder.Store(ts)
	callDepth = ts.Depth
}

// TryAcquire takes the lock for ts if it is free and reports whether it did.
func TryAcquire(ts *ThreadState) bool {
	if ts == nil {
		panic("gil: TryAcquire with a nil ThreadState")
	}
	if !interpreter.mu.TryLock() {
		return false
	}
	interpreter.holder.Store(ts)
	callDepth = ts.Depth
	return true
}

// Release gives the lock back. The caller must hold it.
func Release() {
	ts := interpreter.holder.Load()
	if ts == nil {
		panic("gil: Release without Acquire")
	}
	ts.Depth = callDepth
	interpreter.holder.Store(nil)
	interpreter.mu.Unlock()
}

// Current returns the thread state of the lock's holder, or nil when nobody
// holds it. Only the holder may rely on the answer: for any other goroutine
// it may change at any moment.
func Current() *ThreadState { return interpreter.holder.Load() }

// Contended reports whether some goroutine is blocked in Acquire.
func Contended() bool { return interpreter.waiting.Load() > 0 }

// Yield lets a waiting goroutine take the lock: when one is blocked in
// Acquire, the holder releases the lock and reacquires it with the same
// ThreadState (after the waiter, thanks to sync.Mutex's hand-off to
// long-waiting goroutines). Without waiters it returns at once. The caller
// must hold the lock.
func Yield() {
	if interpreter.waiting.Load() == 0 {
		return
	}
	ts := interpreter.holder.Load()
	Release()
	runtime.Gosched()
	Acquire(ts)
}

// Blocking runs f without the lock, for a blocking call made by Python code
// (time.sleep, I/O, waiting on a thread-safe future): the holder releases
// the lock, f runs while other goroutines may take it, and the holder gets
// it back with the same ThreadState. The caller must hold the lock; f must
// not run Python code.
func Blocking(f func()) {
	ts := interpreter.holder.Load()
	Release()
	defer Acquire(ts)
	f()
}
