package asyncio

import (
	"io"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// CPython reports some things when it frees an object: a task destroyed
// while still pending, a coroutine that was never awaited, a failed future
// whose exception nobody retrieved. asyncgen has no reference counts, so it
// reports them at deterministic points instead: a coroutine asyncio refused
// (asyncio.run inside a running loop, run_until_complete on a loop that
// cannot run) when the run that was going on ends or at exit, and the
// leftovers of loops that Python code made, or that were closed with tasks
// pending, at exit.
//
// exitReport is process-wide state, as CPython's own set of all tasks is:
// the loops to look at when the program exits and the refused coroutines
// not reported yet.
var exitReport struct {
	mu        sync.Mutex
	loops     []*EventLoop
	unawaited []unawaited
}

// unawaited is a coroutine asyncio refused, which so will never run.
type unawaited struct {
	name string    // its qualified name
	file string    // the .py file of the call that refused it ("" if unknown)
	line int       // and its line
	exc  *py.Exc   // the exception the refusal raised
	w    io.Writer // where to report it
}

// TrackForExit lists the loop for AtExit: when the program exits, the tasks
// it still has pending are reported as destroyed and the exceptions of its
// futures that nobody retrieved are logged, as CPython does when it frees
// them. The asyncio module calls it for the loops Python code makes
// (new_event_loop, get_event_loop); a loop closed with tasks pending lists
// itself.
func (l *EventLoop) TrackForExit() {
	if l.atExit {
		return
	}
	l.atExit = true
	exitReport.mu.Lock()
	exitReport.loops = append(exitReport.loops, l)
	exitReport.mu.Unlock()
}

// closedForExit updates the exit list when the loop is closed: a loop
// with nothing left to report leaves it, one with pending tasks joins it.
func (l *EventLoop) closedForExit() {
	if l.tasks.n > 0 {
		l.TrackForExit()
		return
	}
	if !l.atExit || l.hasUnretrieved() {
		return
	}
	l.atExit = false
	exitReport.mu.Lock()
	if i := slices.Index(exitReport.loops, l); i >= 0 {
		exitReport.loops = slices.Delete(exitReport.loops, i, i+1)
	}
	exitReport.mu.Unlock()
}

// hasUnretrieved reports whether a failed future of the loop has an
// exception nobody retrieved.
func (l *EventLoop) hasUnretrieved() bool {
	for _, f := range l.failed {
		if f.logTraceback {
			return true
		}
	}
	return false
}

// NoteNeverAwaited records that the asyncio module refused aw, a
// coroutine, raising exc, so that it will never be awaited (create_task
// without a running loop or on a closed one): CPython warns about it when
// the coroutine is freed, and asyncgen reports it on w as
// flushUnawaited says.
func NoteNeverAwaited(w io.Writer, aw py.Awaiter, exc *py.Exc) { noteUnawaited(w, aw, exc) }

// noteUnawaited records that aw, when it is a compiled coroutine, was
// refused with exc and will never be awaited; it is reported on w by
// flushUnawaited or at exit.
func noteUnawaited(w io.Writer, aw py.Awaiter, exc *py.Exc) {
	c, ok := aw.(py.Coroutine)
	if !ok || c.Code().Kind != py.CoroutineCode {
		return
	}
	u := unawaited{name: c.Code().QualName, exc: exc, w: w}
	u.file, u.line = pyCaller()
	exitReport.mu.Lock()
	exitReport.unawaited = append(exitReport.unawaited, u)
	exitReport.mu.Unlock()
}

// pyCaller returns the .py file and line of the innermost compiled Python
// code on the calling goroutine's stack, which //line directives name.
func pyCaller() (string, int) {
	var pcs [64]uintptr
	frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs[:])])
	for {
		f, more := frames.Next()
		if strings.HasSuffix(f.File, ".py") {
			return f.File, f.Line
		}
		if !more {
			return "", 0
		}
	}
}

// flushUnawaited reports the refused coroutines, except those whose
// exception is still propagating as part of exc: CPython warns when the
// coroutine is freed, after the handler that caught the exception, so a
// run that ended the other way round reports the coroutines its code
// refused and caught. (CPython names the last line of that handler;
// asyncgen names the call that refused the coroutine.)
func flushUnawaited(exc *py.Exc) {
	exitReport.mu.Lock()
	if len(exitReport.unawaited) == 0 {
		exitReport.mu.Unlock()
		return
	}
	var report []unawaited
	keep := exitReport.unawaited[:0]
	for _, u := range exitReport.unawaited {
		if inChain(exc, u.exc) {
			keep = append(keep, u)
		} else {
			report = append(report, u)
		}
	}
	exitReport.unawaited = keep
	exitReport.mu.Unlock()
	for _, u := range report {
		u.report()
	}
}

// report writes the warning CPython prints for a coroutine freed by code
// that handled the exception it raised.
func (u unawaited) report() {
	_, _ = io.WriteString(u.w, py.FormatWarning(u.file, u.line, py.RuntimeWarning, py.NeverAwaited(u.name), py.TracemallocHint))
}

// inChain reports whether target is exc or one of its causes or contexts.
func inChain(exc, target *py.Exc) bool {
	seen := map[*py.Exc]bool{}
	var walk func(e *py.Exc) bool
	walk = func(e *py.Exc) bool {
		for ; e != nil && !seen[e]; e = e.Context {
			if e == target {
				return true
			}
			seen[e] = true
			if walk(e.Cause) {
				return true
			}
		}
		return false
	}
	return walk(exc)
}

// BeforeExit is called when the program's main module has ended, with the
// exception that ends it (nil if none), before its traceback is printed:
// refused coroutines whose exception was handled are reported.
func BeforeExit(uncaught *py.Exc) {
	flushUnawaited(uncaught)
}

// AtExit is called last when the program exits, with the exception that
// ended it (nil if none), after its traceback: the coroutines refused with
// that exception are reported as CPython reports coroutines freed at
// shutdown; then, for every loop listed by TrackForExit in creation order,
// its pending tasks are reported as destroyed (with their coroutine when it
// never started) and its futures' unretrieved exceptions are logged.
func AtExit(uncaught *py.Exc) {
	exitReport.mu.Lock()
	refused, loops := exitReport.unawaited, exitReport.loops
	exitReport.unawaited, exitReport.loops = nil, nil
	exitReport.mu.Unlock()
	for _, u := range refused {
		_, _ = io.WriteString(u.w, neverAwaitedAtExit(u.name))
	}
	for _, l := range loops {
		l.atExit = false
		l.reportDestroyed()
		l.logUnretrieved()
	}
}

// reportDestroyed writes what CPython logs when it frees the loop's
// pending tasks.
func (l *EventLoop) reportDestroyed() {
	for _, t := range l.AllTasks() {
		var b strings.Builder
		if t.rare == nil || !t.rare.quietDestroy {
			b.WriteString("Task was destroyed but it is pending!\ntask: " + t.String() + "\n")
		}
		if c := t.coro; !t.started && c.Code().Kind == py.CoroutineCode {
			b.WriteString(neverAwaitedAtExit(c.Code().QualName))
		}
		_, _ = io.WriteString(l.stderr, b.String())
	}
}

// neverAwaitedAtExit is CPython's warning for a coroutine freed while the
// interpreter shuts down, when no Python frame runs any more.
func neverAwaitedAtExit(name string) string {
	return py.FormatWarning("", 0, py.RuntimeWarning, py.NeverAwaited(name))
}
