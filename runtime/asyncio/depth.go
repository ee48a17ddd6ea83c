package asyncio

// CPython counts the frames of asyncio's own Python code towards the
// recursion limit: a task's coroutine runs that many frames above the code
// that started the loop, and so RecursionError comes earlier there than at
// module level. The loop reproduces this by setting the call depth once,
// when it starts running (see EventLoop.enter), to the depth of its
// caller plus the frames below; nothing is counted per step.
//
// The figures were measured with CPython 3.11 (a probe that recurses until
// RecursionError, called from a task's coroutine and from callbacks), and
// include the coroutine's own frame, which compiled code does not count
// when the loop resumes it.
const (
	// runForeverFrames: run_forever, _run_once, Handle._run, the C calls
	// of context.run and the task's step, and the coroutine.
	runForeverFrames = 6
	// runUntilCompleteFrames: run_until_complete above run_forever.
	runUntilCompleteFrames = runForeverFrames + 1
	// runFrames: asyncio.run and Runner.run above run_until_complete.
	runFrames = runUntilCompleteFrames + 2
	// shutdownFrames: asyncio.run's teardown (Runner.__exit__, close and
	// _cancel_all_tasks) above run_until_complete, where leftover tasks
	// see their CancelledError.
	shutdownFrames = runUntilCompleteFrames + 5
	// shutdownStepFrames: the same for the shutdown_asyncgens and
	// shutdown_default_executor steps, called by close itself.
	shutdownStepFrames = runUntilCompleteFrames + 4
	// callbackFrames is how much shallower a callback (call_soon,
	// call_later, a done callback) runs than a task's coroutine: it has
	// no task step and no coroutine frame below it, but its own frame is
	// counted by the call that runs it.
	callbackFrames = 2
)
