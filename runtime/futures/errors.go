package futures

import "github.com/asyncgen/asyncgen/runtime/py"

// The exception classes of concurrent.futures, with CPython's modules and
// hierarchy. TimeoutError is the builtin py.TimeoutError, as in 3.11.
var (
	// Error is concurrent.futures._base.Error, the base of the package's
	// own errors.
	Error = py.NewClass("Error", "concurrent.futures._base", py.Exception)
	// CancelledError is raised by result() and exception() of a
	// cancelled future. It is not asyncio's CancelledError.
	CancelledError = py.NewClass("CancelledError", "concurrent.futures._base", Error)
	// InvalidStateError is raised by set_result and set_exception on a
	// future that is already done.
	InvalidStateError = py.NewClass("InvalidStateError", "concurrent.futures._base", Error)
	// BrokenExecutor is raised when an executor can no longer run work.
	BrokenExecutor = py.NewClass("BrokenExecutor", "concurrent.futures._base", py.RuntimeError)
	// BrokenThreadPool is raised when a worker thread's initializer failed.
	BrokenThreadPool = py.NewClass("BrokenThreadPool", "concurrent.futures.thread", BrokenExecutor)
	// BrokenProcessPool is raised when a worker process died abruptly.
	BrokenProcessPool = py.NewClass("BrokenProcessPool", "concurrent.futures.process", BrokenExecutor)
	// RemoteTraceback carries the formatted traceback of an exception
	// raised in a worker process; it is the __cause__ of that exception
	// in the parent, as CPython's _RemoteTraceback is.
	RemoteTraceback = py.NewClass("_RemoteTraceback", "concurrent.futures.process", py.Exception)
)

// Messages CPython uses.
const (
	msgShutdown      = "cannot schedule new futures after shutdown"
	msgBrokenRunning = "A process in the process pool was terminated abruptly while the future was running or pending."
	msgBrokenPool    = "A child process terminated abruptly, the process pool is not usable anymore"
	msgBrokenInit    = "A thread initializer failed, the thread pool is not usable anymore"
)
