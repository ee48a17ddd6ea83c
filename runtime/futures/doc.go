// Package futures is Python's concurrent.futures for asyncgen programs:
// a thread-safe [Future], [Wait] and [AsCompleted], a [ThreadPool]
// (ThreadPoolExecutor) of goroutines and a [ProcessPool]
// (ProcessPoolExecutor) of real OS processes, plus the Python module
// object ([Module], inside the "concurrent" package [Package]) that
// compiled programs import.
//
// # Threads and the GIL
//
// A ThreadPool's workers are goroutines started lazily, up to max_workers
// (default min(32, cpus+4)). Each is a Python thread: it holds the GIL of
// package gil, with its own gil.ThreadState, while it runs a call and
// completes the call's future, so Python code on pool threads has the
// guarantee CPython's GIL gives (every Python-level operation is atomic).
// Blocking calls release the GIL (time.sleep, Future.result, wait,
// as_completed, shutdown(wait=True) all do). Future callbacks run in the
// goroutine that completes the future, holding the GIL. A pool thread that
// runs pure Python code without blocking keeps the GIL until it returns:
// unlike CPython there is no 5 ms switch interval.
//
// The Go API of Future, Wait and AsCompleted never touches the GIL; the
// Python methods (py.CallMethod on these objects, the module's functions)
// expect the caller to hold it and release it while they block.
//
// # Process pools and worker mode
//
// A ProcessPool starts workers lazily, up to max_workers (default: the
// number of CPUs). A worker is this very executable (os.Executable, same
// arguments) started again with the environment variable [WorkerEnv]=1,
// its standard input /dev/null, its standard output and error the
// parent's, and two pipes on file descriptors 3 (calls) and 4 (replies).
// A call names a module-level function by module and qualified name; the
// arguments and the result are serialised: None, bool, int (any size),
// float, str, bytes, list, tuple, dict, set, frozenset, exceptions (class,
// args, attributes) and instances of the main module's classes (class
// name and attribute dict, rebuilt without calling __init__, as pickle
// does), classes and module-level functions by name. An exception raised
// by the call comes back with its class and args, its __cause__ a
// _RemoteTraceback holding the worker's traceback. A value that cannot be
// serialised fails the call's future with TypeError. A worker that dies
// (os._exit, a crash, a signal) fails every pending future with
// BrokenProcessPool at once and makes later submits raise it; the other
// workers are killed. On Linux a worker is also killed by the kernel if
// its parent dies.
//
// # The contract with compiled programs
//
// A compiled program's entry point (rt.Main) does three things with this
// package:
//
//  1. In every process, before running the module body, it calls
//     RegisterMain(lookup), where lookup(name) returns the main module's
//     global called name (function, class or imported module) and whether
//     it is bound. Results that name user classes are rebuilt through it.
//
//  2. If IsWorker() is true, the process is a pool worker: holding the
//     GIL, it runs only the module's definitions (def, class, import,
//     simple assignments; not other top-level statements, so an
//     `if __name__ == "__main__":` block or a bare asyncio.run(main())
//     does not run), then exits with ServeWorker(lookup), still holding the
//     GIL (see the example below).
//
//  3. Otherwise, after the module body returns (or raises) and before the
//     process exits, it calls AtExit() holding the GIL: pools that were not
//     shut down finish their work and their goroutines and processes end,
//     as CPython's interpreter shutdown joins executor threads.
//
// In Go, the worker branch of an entry point reads:
//
//	if futures.IsWorker() {
//		gil.Acquire(gil.NewThreadState())
//		runDefinitions() // def, class, import, simple assignments only
//		py.ExitProcess(futures.ServeWorker(lookup))
//	}
//
// # asyncio
//
// Package asyncio uses a ThreadPool as each loop's default executor and
// bridges a Future into the loop with EventLoop.WrapFuture, through
// call_soon_threadsafe.
package futures
