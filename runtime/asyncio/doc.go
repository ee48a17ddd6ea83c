// Package asyncio is CPython 3.11's asyncio, event for event: the event
// loop, futures, tasks, the scheduling functions and the synchronisation
// primitives that compiled Python programs (and Go programs) run on.
// CPython's Lib/asyncio is the reference; the notes in
// shared/notes/asyncio-semantics.md list the rules it follows, and the
// ordering tests in testdata/order compare every scenario with CPython's
// output.
//
// # The coroutine protocol (the contract with codegen)
//
// A coroutine is a py.Coroutine: a state machine whose Resume(sent,
// thrown) runs to its next suspension and reports Yielded, Returned or
// Raised (see py.Awaiter). The rules the runtime relies on:
//
//   - The first Resume is (nil, nil). A coroutine resumed first with a
//     thrown exception raises it at once without running its body (a task
//     cancelled before its first step).
//   - Awaiting a coroutine is delegation: the awaiting state machine calls
//     the child's Resume inline, passes every later (sent, thrown) through
//     to it, and yields whatever it yields. No loop trip happens.
//   - A coroutine yields either a *Future (or *Task) that is not done, to
//     be woken when it is, or nil for a bare yield (asyncio.sleep(0)): the
//     task then runs again in the next loop iteration. After a bare yield
//     the task resumes with py.None, never nil, so stateless awaiters can
//     tell a first call from a resumption. Anything else raises
//     RuntimeError("Task got bad yield: ...") at the await.
//   - Awaiting a done future does not suspend. *Future implements
//     py.Awaiter without state, so one future can be awaited many times.
//   - Cancellation is a CancelledError thrown in at the innermost await;
//     Line() names the line a coroutine is suspended at (for task reprs).
//
// # Loop and GIL
//
// [EventLoop] keeps a FIFO ready queue (blocks of entries: scheduling a task
// step or a done callback allocates nothing), a timer heap ordered by
// (deadline, insertion), and a thread-safe inbox for CallSoonThreadsafe.
// One iteration is CPython's _run_once: due timers join the ready queue,
// then exactly the callbacks queued at that point run. An idle real-time
// loop blocks on a channel and a timer, never spinning; [WithVirtualClock]
// makes it jump to the next deadline instead, so sleep(5) takes
// microseconds with the same ordering; it does not jump while an executor
// job started by RunInExecutor or ToThread is still running.
//
// Python code runs only while holding the interpreter lock of package gil.
// A loop holds it while it runs an iteration and releases it while it
// sleeps; between iterations it calls gil.Yield so that other goroutines
// (a second loop, executor workers) get their turn. [GetRunningLoop] and
// friends read the running loop from gil.Current().
//
// # Entry points
//
//	Run(main, opts...)            asyncio.run for Go callers (takes the GIL)
//	RunLocked(main, opts...)      asyncio.run for callers holding the GIL
//	NewEventLoop(opts...)         a loop; RunUntilComplete/RunForever need the GIL
//	GetEventLoop, SetEventLoop    the thread's current loop (the event loop policy)
//	loop.CallSoon/CallLater/CallAt/CallSoonThreadsafe, Time, Stop, Close
//	loop.CreateFuture, loop.CreateTask(coro, name...), loop.RunInExecutor
//	loop.ShutdownAsyncgens, loop.ShutdownDefaultExecutor (coroutines)
//	BeforeExit, AtExit            what a program's exit reports (see below)
//
// An *EventLoop is also the Python loop object (class
// _UnixSelectorEventLoop). While a loop runs, the thread's call depth is
// raised by the frames CPython's asyncio has below a task's coroutine
// (depth.go), so that RecursionError comes at CPython's depth: set once
// when the loop starts running, nothing per step.
//
// Options: [WithVirtualClock], [WithStderr] (the error log, os.Stderr by
// default), [WithExceptionFormatter], [WithExecutor] (the default executor
// hook for concurrent.futures).
//
// # For codegen
//
// Generated code calls, with the running loop found through the GIL:
//
//	Sleep(delay, result)                      asyncio.sleep (Sleep(0, nil) allocates nothing)
//	CreateTask(coro, name...)                 asyncio.create_task
//	EnsureFuture(aw)                          asyncio.ensure_future
//	Gather(aws, returnExceptions)             asyncio.gather: a *Future of a list
//	Shield(aw)                                asyncio.shield
//	Wait(aws, timeout, returnWhen)            asyncio.wait: a coroutine returning (done, pending)
//	WaitFor(aw, timeout)                      asyncio.wait_for (3.11 semantics)
//	AsCompleted(aws, timeout)                 asyncio.as_completed: the coroutines to await in turn
//	Timeout(delay), TimeoutAt(when)           asyncio.timeout / timeout_at (async context managers)
//	NewTaskGroup()                            asyncio.TaskGroup
//	ToThread(fn)                              asyncio.to_thread
//	GetRunningLoop, CurrentTask, AllTasks     the introspection functions
//	NewQueue, NewLifoQueue, NewPriorityQueue  queues; Get/Put return coroutines, or
//	                                          embed QueueGet/QueuePut and Reset them
//	NewLock, NewEvent, NewCondition, NewSemaphore, NewBoundedSemaphore
//
// Callbacks from Python: loop.CallSoon(fn).Describe(func() string {...})
// gives a handle the callback source CPython shows in reprs and error
// logs ("cb(1) at FILE:12"); fut.AddDoneCallback(&DoneCallback{Fn, Repr,
// Key}) registers a done callback, and Key (the Python callable) lets
// remove_done_callback(fn) find every registration of fn. A callback that
// returns a *py.Exc is logged as "Exception in callback ..." and the loop
// goes on. Python code that blocks (time.sleep) runs the blocking part in
// gil.Blocking. The executor issue plugs concurrent.futures in through
// [Executor] and [WithExecutor].
//
// NoTimeout stands for timeout=None. "async with X" is driven through
// [AsyncContextManager]: await X.AEnter() (its result is bound by "as"),
// run the body, then await X.AExit(exc) with the body's exception or nil;
// a true result suppresses the exception. Lock, Condition, Semaphore,
// TimeoutCM and TaskGroup implement it.
//
// Python exceptions are *py.Exc values: CancelledError, InvalidStateError
// and TimeoutError are py's classes, [QueueEmpty] and [QueueFull] are
// defined here. Messages and reprs are CPython's.
//
// # Differences from CPython
//
// Where CPython iterates a set of tasks (wait's result sets, as_completed's
// start order, the order asyncio.run cancels leftovers in), this package
// uses creation order. "Task exception was never retrieved" is logged at
// the end of Run, in the order the futures failed, rather than when the
// garbage collector frees them; for loops Python code made
// (new_event_loop), it is logged when the program exits, with the pending
// tasks reported as destroyed and the coroutines of those that never
// started as never awaited (AtExit). A coroutine asyncio refuses
// (asyncio.run inside a running loop, run_until_complete on a closed or
// running loop, create_task without a loop) is reported as never awaited
// when the run going on ends, or at exit if its exception ended the
// program (exitreport.go). Reprs and tracebacks name CPython's own files under
// /usr/local/lib/python3.11, with 3.11.7's line numbers.
package asyncio
