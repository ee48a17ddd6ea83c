// Package gil is asyncgen's global interpreter lock: the guarantee CPython's
// GIL gives, that Python code runs on one goroutine at a time, plus the
// per-"thread" state that Python code reads through it (the running event
// loop).
//
// # Model
//
// A [ThreadState] stands for one Python thread: the goroutine that runs an
// event loop, or a pool worker running a job. Whoever wants to run Python
// code calls [Acquire] with its own ThreadState, runs, and calls [Release].
// While it holds the lock, [Current] returns its ThreadState; because only
// the holder runs Python code, no goroutine identity is needed.
//
// # Who holds it, and when
//
//   - An event loop holds the lock while it runs a batch of ready callbacks
//     (one loop iteration) and releases it only while it sleeps waiting for a
//     timer or a call_soon_threadsafe wake-up. Between iterations it calls
//     [Yield], which hands the lock over only when another goroutine is
//     waiting for it, so an always-busy loop cannot starve a second loop or a
//     pool thread, and the uncontended fast path costs one atomic load.
//   - Executor workers (run_in_executor, to_thread) acquire the lock with
//     their own ThreadState around each job, and release it around blocking
//     calls (time.sleep, I/O) with [Blocking], as CPython's C code does with
//     Py_BEGIN_ALLOW_THREADS.
//   - Go code that calls into Python (a compiled coroutine run through
//     asyncio.Run from an arbitrary goroutine) acquires the lock through that
//     entry point; it never needs to touch this package directly.
//
// The lock is not reentrant: a goroutine that holds it must not call
// [Acquire] again. Python code that needs to block (wait for a thread-safe
// future, sleep) releases the lock first and reacquires it afterwards with
// the same ThreadState.
//
// The package keeps process-wide state (the lock itself), as CPython's
// interpreter does; that is its purpose.
package gil
