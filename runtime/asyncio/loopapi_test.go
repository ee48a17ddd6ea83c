package asyncio_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/futures"
	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// withThread runs f holding the GIL with ts as the current thread state.
func withThread(ts *gil.ThreadState, f func()) {
	gil.Acquire(ts)
	defer gil.Release()
	f()
}

// depthProbe is a coroutine that records the call depth its body runs at,
// the depth of a call_soon callback it schedules and of a done callback,
// and returns after both ran.
func depthProbe(task, callback, done *int) py.Coroutine {
	return co("probe", func(c *sm, _ py.Object, _ *py.Exc) step {
		if c.pc == 0 {
			*task = gil.Depth()
			l := runningLoop()
			l.CallSoon(func() *py.Exc { *callback = gil.Depth(); return nil })
			f := l.CreateFuture()
			f.AddDoneCallback(&asyncio.DoneCallback{Fn: func(*asyncio.Future) *py.Exc { *done = gil.Depth(); return nil }})
			f.SetResult(py.None)
			return c.await(1, sleep(0))
		}
		return ret(nil)
	})
}

// TestDepthWhileRunning checks the call depth task steps and callbacks see:
// the caller's depth plus the frames CPython's asyncio has below them.
func TestDepthWhileRunning(t *testing.T) {
	tests := []struct {
		name           string
		run            func(l *asyncio.EventLoop, c py.Coroutine) *py.Exc
		task, callback int // depths seen from a caller at depth 1
	}{
		{"asyncio.run", func(_ *asyncio.EventLoop, c py.Coroutine) *py.Exc {
			_, exc := asyncio.RunLocked(c, asyncio.WithVirtualClock())
			return exc
		}, 10, 8},
		{"run_until_complete", func(l *asyncio.EventLoop, c py.Coroutine) *py.Exc {
			_, exc := l.RunUntilComplete(c)
			return exc
		}, 8, 6},
		{"run_forever", func(l *asyncio.EventLoop, c py.Coroutine) *py.Exc {
			l.CreateTask(c).AddDoneCallback(&asyncio.DoneCallback{Fn: func(f *asyncio.Future) *py.Exc {
				f.Loop().Stop()
				return nil
			}})
			return l.RunForever()
		}, 7, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			withThread(gil.NewMainThreadState(), func() {
				l := asyncio.NewEventLoop(asyncio.WithVirtualClock())
				defer l.Close()
				var task, cb, done int
				if exc := tt.run(l, depthProbe(&task, &cb, &done)); exc != nil {
					t.Fatalf("raised %v", exc)
				}
				if task != tt.task || cb != tt.callback || done != tt.callback {
					t.Errorf("depths: task %d, call_soon %d, done callback %d; want %d, %d, %d",
						task, cb, done, tt.task, tt.callback, tt.callback)
				}
				if d := gil.Depth(); d != 1 {
					t.Errorf("depth after the run: %d, want 1", d)
				}
			})
		})
	}
}

// TestEventLoopPolicy checks get_event_loop and set_event_loop on the main
// thread and on another thread.
func TestEventLoopPolicy(t *testing.T) {
	worker := gil.NewThreadState()
	worker.Name = "pool_0"
	tests := []struct {
		name string
		ts   *gil.ThreadState
		do   func() (made bool, err string)
	}{
		{"main thread makes a loop once", gil.NewMainThreadState(), func() (bool, string) {
			a, exc := asyncio.GetEventLoop(nil)
			if exc != nil {
				return false, exc.Error()
			}
			b, _ := asyncio.GetEventLoop(func() *asyncio.EventLoop { panic("second loop") })
			defer a.Close()
			return a == b, ""
		}},
		{"set_event_loop(None) on the main thread", gil.NewMainThreadState(), func() (bool, string) {
			asyncio.SetEventLoop(nil)
			_, exc := asyncio.GetEventLoop(nil)
			return false, exc.Error()
		}},
		{"set loop", gil.NewThreadState(), func() (bool, string) {
			l := asyncio.NewEventLoop()
			defer l.Close()
			asyncio.SetEventLoop(l)
			got, _ := asyncio.GetEventLoop(nil)
			return got == l, ""
		}},
		{"other thread", worker, func() (bool, string) {
			_, exc := asyncio.GetEventLoop(nil)
			return false, exc.Error()
		}},
		{"running loop first, none after run", gil.NewMainThreadState(), func() (bool, string) {
			var same bool
			_, exc := asyncio.RunLocked(fn("main", func() (py.Object, *py.Exc) {
				l, _ := asyncio.GetEventLoop(nil)
				same = l == runningLoop()
				return nil, nil
			}))
			if exc != nil {
				return false, exc.Error()
			}
			_, exc = asyncio.GetEventLoop(nil)
			return same, exc.Error()
		}},
	}
	want := []struct {
		made bool
		err  string
	}{
		{true, ""},
		{false, "RuntimeError: There is no current event loop in thread 'MainThread'."},
		{true, ""},
		{false, "RuntimeError: There is no current event loop in thread 'pool_0'."},
		{true, "RuntimeError: There is no current event loop in thread 'MainThread'."},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			withThread(tt.ts, func() {
				made, err := tt.do()
				if made != want[i].made || err != want[i].err {
					t.Errorf("got (%v, %q), want (%v, %q)", made, err, want[i].made, want[i].err)
				}
			})
		})
	}
}

// TestRunRefused checks the errors of a loop that cannot run, and that
// nothing is scheduled then.
func TestRunRefused(t *testing.T) {
	tests := []struct {
		name  string
		setup func(l *asyncio.EventLoop) // before the call, holding the GIL
		call  func(l *asyncio.EventLoop, c py.Coroutine) *py.Exc
		want  string
	}{
		{"closed", func(l *asyncio.EventLoop) { l.Close() }, func(l *asyncio.EventLoop, c py.Coroutine) *py.Exc {
			_, exc := l.RunUntilComplete(c)
			return exc
		}, "RuntimeError: Event loop is closed"},
		{"closed run_forever", func(l *asyncio.EventLoop) { l.Close() }, func(l *asyncio.EventLoop, _ py.Coroutine) *py.Exc {
			return l.RunForever()
		}, "RuntimeError: Event loop is closed"},
		{"already running", nil, func(l *asyncio.EventLoop, c py.Coroutine) *py.Exc {
			var inner *py.Exc
			_ = must(l.RunUntilComplete(fn("outer", func() (py.Object, *py.Exc) {
				_, inner = l.RunUntilComplete(c)
				return nil, nil
			})))
			return inner
		}, "RuntimeError: This event loop is already running"},
		{"another loop running", nil, func(l *asyncio.EventLoop, c py.Coroutine) *py.Exc {
			other := asyncio.NewEventLoop()
			defer other.Close()
			var inner *py.Exc
			_ = must(other.RunUntilComplete(fn("outer", func() (py.Object, *py.Exc) {
				_, inner = l.RunUntilComplete(c)
				return nil, nil
			})))
			return inner
		}, "RuntimeError: Cannot run the event loop while another loop is running"},
		{"asyncio.run in a loop", nil, func(l *asyncio.EventLoop, c py.Coroutine) *py.Exc {
			var inner *py.Exc
			_ = must(l.RunUntilComplete(fn("outer", func() (py.Object, *py.Exc) {
				_, inner = asyncio.RunLocked(c)
				return nil, nil
			})))
			return inner
		}, "RuntimeError: asyncio.run() cannot be called from a running event loop"},
		{"close while running", nil, func(l *asyncio.EventLoop, _ py.Coroutine) *py.Exc {
			var inner *py.Exc
			_ = must(l.RunUntilComplete(fn("outer", func() (py.Object, *py.Exc) {
				inner = l.Close()
				return nil, nil
			})))
			return inner
		}, "RuntimeError: Cannot close a running event loop"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			withThread(gil.NewMainThreadState(), func() {
				var stderr bytes.Buffer
				l := asyncio.NewEventLoop(asyncio.WithStderr(&stderr))
				defer l.Close()
				if tt.setup != nil {
					tt.setup(l)
				}
				started := false
				c := fn("refused", func() (py.Object, *py.Exc) { started = true; return nil, nil })
				exc := tt.call(l, c)
				if exc == nil || exc.Error() != tt.want {
					t.Errorf("raised %v, want %s", exc, tt.want)
				}
				if started || len(l.AllTasks()) != 0 {
					t.Errorf("refused coroutine started (%v) or left a task (%d)", started, len(l.AllTasks()))
				}
				asyncio.AtExit(nil)
			})
		})
	}
}

// TestRunForeverStop checks that a stop before run_forever makes it run one
// iteration: a callback that reschedules itself runs once per run.
func TestRunForeverStop(t *testing.T) {
	withThread(gil.NewMainThreadState(), func() {
		l := asyncio.NewEventLoop(asyncio.WithVirtualClock())
		defer l.Close()
		runs := 0
		var again func() *py.Exc
		again = func() *py.Exc {
			runs++
			l.CallSoon(again)
			return nil
		}
		l.CallSoon(again)
		for want := 1; want <= 3; want++ {
			l.Stop()
			if exc := l.RunForever(); exc != nil {
				t.Fatal(exc)
			}
			if runs != want {
				t.Errorf("after run %d the callback ran %d times", want, runs)
			}
		}
	})
}

// TestRunAfterSystemExit checks that the done callback run_until_complete
// left scheduled for a task that raised SystemExit does not stop the next
// run (CPython's _run_until_complete_cb skips it).
func TestRunAfterSystemExit(t *testing.T) {
	withThread(gil.NewMainThreadState(), func() {
		l := asyncio.NewEventLoop(asyncio.WithVirtualClock())
		defer l.Close()
		_, exc := l.RunUntilComplete(fn("exits", func() (py.Object, *py.Exc) { return nil, py.NewExc(py.SystemExit, 3) }))
		if exc == nil || !exc.Matches(py.SystemExit) {
			t.Fatalf("raised %v, want SystemExit", exc)
		}
		v, exc := l.RunUntilComplete(co("later", func(c *sm, v py.Object, _ *py.Exc) step {
			if c.pc == 0 {
				return c.await(1, sleep(0))
			}
			return ret("later")
		}))
		if exc != nil || v != "later" {
			t.Errorf("next run: %v, %v; want 'later'", v, exc)
		}
	})
}

// TestCloseShutsDownExecutor checks that close() shuts the default executor
// down and that run_in_executor then raises, as after
// shutdown_default_executor.
func TestCloseShutsDownExecutor(t *testing.T) {
	tests := []struct {
		name string
		stop func(l *asyncio.EventLoop)
		want string
	}{
		{"close", func(l *asyncio.EventLoop) { l.Close() }, "RuntimeError: Event loop is closed"},
		{"shutdown_default_executor", func(l *asyncio.EventLoop) {
			must(l.RunUntilComplete(l.ShutdownDefaultExecutor()))
		}, "RuntimeError: Executor shutdown has been called"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pool := futures.NewThreadPool(1, nil)
			withThread(gil.NewMainThreadState(), func() {
				l := asyncio.NewEventLoop(asyncio.WithExecutor(pool))
				defer l.Close()
				f := must(l.RunInExecutor(func() (py.Object, *py.Exc) { return 6, nil }))
				if v := must(l.RunUntilComplete(f)); v != 6 {
					t.Errorf("run_in_executor gave %v", v)
				}
				tt.stop(l)
				if _, exc := l.RunInExecutor(func() (py.Object, *py.Exc) { return nil, nil }); exc == nil || exc.Error() != tt.want {
					t.Errorf("run_in_executor after %s raised %v, want %s", tt.name, exc, tt.want)
				}
			})
			pool.Join()
		})
	}
}

// TestExitReport checks what the program's exit reports about loops left
// with pending tasks: destroyed pending tasks (not the one
// run_until_complete made for its argument), and the coroutines of those
// that never started.
func TestExitReport(t *testing.T) {
	withThread(gil.NewMainThreadState(), func() {
		var stderr bytes.Buffer
		l := asyncio.NewEventLoop(asyncio.WithStderr(&stderr), asyncio.WithVirtualClock())
		l.TrackForExit()
		asyncio.ResetTaskCounter()
		l.CreateTask(co("sleeper", func(c *sm, _ py.Object, _ *py.Exc) step { return c.await(1, sleep(10)) }))
		stopper := fn("stopper", func() (py.Object, *py.Exc) { l.Stop(); return nil, nil })
		l.CreateTask(stopper)
		if _, exc := l.RunUntilComplete(co("quiet", func(c *sm, _ py.Object, _ *py.Exc) step {
			return c.await(1, sleep(5))
		})); exc == nil {
			t.Fatal("run_until_complete finished despite stop()")
		}
		l.CreateTask(fn("never_started", func() (py.Object, *py.Exc) { return nil, nil }))
		l.Close()
		asyncio.AtExit(nil)
		want := "Task was destroyed but it is pending!\n" +
			"task: <Task pending name='Task-1' coro=<sleeper() running at FILE:1> wait_for=<Future pending cb=[Task.task_wakeup()]>>\n" +
			"Task was destroyed but it is pending!\n" +
			"task: <Task pending name='Task-4' coro=<never_started() running at FILE:1>>\n" +
			"sys:1: RuntimeWarning: coroutine 'never_started' was never awaited\n"
		if got := stderr.String(); got != want {
			t.Errorf("exit report:\n%s\nwant:\n%s", got, want)
		}
		stderr.Reset()
		asyncio.AtExit(nil)
		if stderr.Len() != 0 {
			t.Errorf("a second AtExit reported again: %s", stderr.String())
		}
	})
}

// TestRefusedCoroutineReport checks when a coroutine refused by asyncio.run
// inside a running loop is reported: when the run ends if the exception was
// handled, at exit (as CPython's shutdown reports it) if it escaped.
func TestRefusedCoroutineReport(t *testing.T) {
	tests := []struct {
		name   string
		handle bool
		run    string // reported when the run ends
		exit   string // reported by AtExit
	}{
		{"handled", true, "sys:1: RuntimeWarning: coroutine 'inner' was never awaited\n" +
			"RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n", ""},
		{"escaping", false, "", "sys:1: RuntimeWarning: coroutine 'inner' was never awaited\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			withThread(gil.NewMainThreadState(), func() {
				var stderr bytes.Buffer
				_, exc := asyncio.RunLocked(fn("main", func() (py.Object, *py.Exc) {
					_, exc := asyncio.RunLocked(fn("inner", func() (py.Object, *py.Exc) { return nil, nil }))
					if tt.handle {
						return nil, nil
					}
					return nil, exc
				}), asyncio.WithStderr(&stderr))
				if (exc != nil) == tt.handle {
					t.Fatalf("outer run raised %v", exc)
				}
				if got := stderr.String(); got != tt.run {
					t.Errorf("at the end of the run:\n%s\nwant:\n%s", got, tt.run)
				}
				stderr.Reset()
				asyncio.BeforeExit(exc)
				asyncio.AtExit(exc)
				if got := stderr.String(); got != tt.exit {
					t.Errorf("at exit:\n%s\nwant:\n%s", got, tt.exit)
				}
			})
		})
	}
}

// TestLoopRepr checks repr(loop) as the loop runs and closes.
func TestLoopRepr(t *testing.T) {
	withThread(gil.NewMainThreadState(), func() {
		l := asyncio.NewEventLoop()
		var inside string
		must(l.RunUntilComplete(fn("main", func() (py.Object, *py.Exc) { inside = py.Repr(l); return nil, nil })))
		l.Close()
		got := strings.Join([]string{inside, py.Repr(l)}, "\n")
		want := "<_UnixSelectorEventLoop running=True closed=False debug=False>\n" +
			"<_UnixSelectorEventLoop running=False closed=True debug=False>"
		if got != want {
			t.Errorf("got\n%s\nwant\n%s", got, want)
		}
	})
}

// TestCallSoonFromPythonWakesLoop checks call_soon_threadsafe made by
// Python code on another thread (holding the GIL): the callback joins the
// ready queue of a loop sleeping on the main thread and wakes it.
func TestCallSoonFromPythonWakesLoop(t *testing.T) {
	withThread(gil.NewMainThreadState(), func() {
		l := asyncio.NewEventLoop()
		defer l.Close()
		f := l.CreateFuture()
		done := make(chan struct{})
		l.CallSoon(func() *py.Exc {
			go func() {
				defer close(done)
				gil.Acquire(gil.NewThreadState())
				defer gil.Release()
				l.CallSoonFromPython(func() *py.Exc { return f.SetResult("woken") })
			}()
			return nil
		})
		if v := must(l.RunUntilComplete(f)); v != "woken" {
			t.Errorf("got %v", v)
		}
		gil.Blocking(func() { <-done })
	})
}
