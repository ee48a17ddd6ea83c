package asyncio_test

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// runMain runs main on a fresh loop and returns its outcome and stderr.
func runMain(t *testing.T, main py.Coroutine, opts ...asyncio.Option) (py.Object, *py.Exc, string) {
	t.Helper()
	var stderr bytes.Buffer
	v, exc := asyncio.Run(main, append(opts, asyncio.WithStderr(&stderr))...)
	return v, exc, stderr.String()
}

func TestVirtualClockJumpsToTimers(t *testing.T) {
	var before, after float64
	main := co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			before = runningLoop().Time()
			return c.await(1, sleep(5))
		}
		after = runningLoop().Time()
		return ret(nil)
	})
	if _, exc, _ := runMain(t, main, asyncio.WithVirtualClock()); exc != nil {
		t.Fatal(exc)
	}
	if before != 0 || after != 5 {
		t.Errorf("virtual time went from %v to %v, want 0 to 5", before, after)
	}
}

// TestCallSoonThreadsafeWakesIdleLoop: a real-time loop with nothing to do
// sleeps until another goroutine schedules a callback.
func TestCallSoonThreadsafeWakesIdleLoop(t *testing.T) {
	for _, virtual := range []bool{false, true} {
		var opts []asyncio.Option
		if virtual {
			opts = append(opts, asyncio.WithVirtualClock())
		}
		var wg sync.WaitGroup
		main := co("main", func(c *sm, v py.Object, exc *py.Exc) step {
			if exc != nil {
				return raise(exc)
			}
			if c.pc == 0 {
				l := runningLoop()
				f := l.CreateFuture()
				wg.Add(1)
				go func() {
					defer wg.Done()
					time.Sleep(5 * time.Millisecond)
					l.CallSoonThreadsafe(func() *py.Exc { return f.SetResult("woken") })
				}()
				return c.await(1, f)
			}
			return ret(v)
		})
		v, exc, _ := runMain(t, main, opts...)
		wg.Wait()
		if exc != nil || v != "woken" {
			t.Errorf("virtual=%v: got (%v, %v), want woken", virtual, v, exc)
		}
	}
}

// TestTwoLoopsInParallel runs two loops on two goroutines: the GIL makes
// their Python code take turns, so unsynchronised shared state stays exact
// (and -race quiet).
func TestTwoLoopsInParallel(t *testing.T) {
	const n = 2000
	shared := 0
	spin := func() py.Coroutine {
		i := 0
		return co("spin", func(c *sm, _ py.Object, exc *py.Exc) step {
			if exc != nil {
				return raise(exc)
			}
			if i < n {
				i++
				shared++
				return c.await(0, sleep(0))
			}
			return ret(nil)
		})
	}
	var wg sync.WaitGroup
	errs := make([]*py.Exc, 2)
	for k := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[k] = asyncio.Run(spin())
		}()
	}
	wg.Wait()
	for _, e := range errs {
		if e != nil {
			t.Fatal(e)
		}
	}
	if shared != 2*n {
		t.Errorf("shared = %d, want %d", shared, 2*n)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		main func() py.Coroutine
		want string
	}{
		{"nested run", func() py.Coroutine {
			return fn("main", func() (py.Object, *py.Exc) {
				return asyncio.RunLocked(fn("inner", func() (py.Object, *py.Exc) { return nil, nil }))
			})
		}, "RuntimeError: asyncio.run() cannot be called from a running event loop"},
		{"bad yield", func() py.Coroutine {
			return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
				if c.pc == 0 {
					return c.await(1, yieldValue{42})
				}
				return raise(exc)
			})
		}, "RuntimeError: Task got bad yield: 42"},
		{"await itself", func() py.Coroutine {
			return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
				if c.pc == 0 {
					return c.await(1, must(asyncio.CurrentTask()))
				}
				if exc == nil {
					return ret(nil)
				}
				return raise(py.NewExc(py.RuntimeError, strings.SplitN(exc.Message(), ":", 2)[0]))
			})
		}, "RuntimeError: Task cannot await on itself"},
		{"go panic", func() py.Coroutine {
			return fn("main", func() (py.Object, *py.Exc) {
				var m map[string]int
				m["x"] = 1
				return nil, nil
			})
		}, "RuntimeError: Go panic in main: assignment to entry in nil map"},
		{"wait empty", func() py.Coroutine {
			return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
				if c.pc == 0 {
					return c.await(1, asyncio.Wait(nil, asyncio.NoTimeout, asyncio.AllCompleted))
				}
				return raise(exc)
			})
		}, "ValueError: Set of Tasks/Futures is empty."},
		{"cancelled main", func() py.Coroutine {
			return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
				if c.pc == 0 {
					must(asyncio.CurrentTask()).Cancel(nil)
					return c.await(1, sleep(0))
				}
				return raise(exc)
			})
		}, "asyncio.exceptions.CancelledError"},
		{"release unlocked", func() py.Coroutine {
			return fn("main", func() (py.Object, *py.Exc) { return nil, asyncio.NewLock().Release() })
		}, "RuntimeError: Lock is not acquired."},
		{"semaphore value", func() py.Coroutine {
			return fn("main", func() (py.Object, *py.Exc) { _, e := asyncio.NewSemaphore(-1); return nil, e })
		}, "ValueError: Semaphore initial value must be >= 0"},
		{"condition wait unlocked", func() py.Coroutine {
			return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
				if c.pc == 0 {
					return c.await(1, asyncio.NewCondition(nil).Wait())
				}
				return raise(exc)
			})
		}, "RuntimeError: cannot wait on un-acquired lock"},
		{"timeout not entered", func() py.Coroutine {
			return fn("main", func() (py.Object, *py.Exc) { return nil, asyncio.TimeoutAt(1).Reschedule(2) })
		}, "RuntimeError: Timeout has not been entered"},
		{"taskgroup not entered", func() py.Coroutine {
			return fn("main", func() (py.Object, *py.Exc) {
				_, e := asyncio.NewTaskGroup().CreateTask(sleep(0))
				return nil, e
			})
		}, "RuntimeError: TaskGroup <TaskGroup> has not been entered"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, exc, stderr := runMain(t, tt.main(), asyncio.WithVirtualClock())
			if exc == nil {
				t.Fatalf("no exception; stderr:\n%s", stderr)
			}
			if got := exc.Error(); got != tt.want {
				t.Errorf("raised %q, want %q", got, tt.want)
			}
		})
	}
}

// yieldValue is an awaitable that yields a value that is not a future.
type yieldValue struct{ v py.Object }

func (y yieldValue) Resume(_ py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	if thrown != nil {
		return nil, py.Raised, thrown
	}
	return y.v, py.Yielded, nil
}

func TestNoRunningLoop(t *testing.T) {
	gil.Acquire(gil.NewThreadState())
	defer gil.Release()
	if _, exc := asyncio.GetRunningLoop(); exc == nil || exc.Error() != "RuntimeError: no running event loop" {
		t.Errorf("GetRunningLoop() raised %v", exc)
	}
}

func TestLogs(t *testing.T) {
	tests := []struct {
		name  string
		main  func() py.Coroutine
		lines []string // the log's first lines
	}{
		{"raising callback", func() py.Coroutine {
			return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
				if c.pc == 0 {
					runningLoop().CallSoon(func() *py.Exc { return py.NewExc(py.ValueError, "cb failed") }).
						Describe(func() string { return "bad() at FILE:3" })
					return c.await(1, sleep(0))
				}
				return ret(nil)
			})
		}, []string{"Exception in callback bad() at FILE:3", "handle: <Handle bad() at FILE:3>", "ValueError: cb failed"}},
		{"failing teardown", func() py.Coroutine {
			bad := coAt("bad_cleanup", 27, func(c *sm, _ py.Object, exc *py.Exc) step {
				if c.pc == 0 {
					return c.await(1, sleep(10))
				}
				e := py.NewExc(py.RuntimeError, "cleanup failed")
				e.Context = exc
				return raise(e)
			})
			return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
				if c.pc == 0 {
					create(bad)
					return c.await(1, sleep(0))
				}
				return ret(nil)
			})
		}, []string{"unhandled exception during asyncio.run() shutdown",
			"task: <Task finished name='Task-2' coro=<bad_cleanup() done, defined at FILE:27> exception=RuntimeError('cleanup failed')>"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			asyncio.ResetTaskCounter()
			_, exc, stderr := runMain(t, tt.main(), asyncio.WithVirtualClock())
			if exc != nil {
				t.Fatal(exc)
			}
			got := strings.Split(stderr, "\n")
			if len(got) < len(tt.lines) {
				t.Fatalf("stderr:\n%s", stderr)
			}
			for i, want := range tt.lines {
				if i == len(tt.lines)-1 && !strings.HasPrefix(want, "task:") {
					if !strings.Contains(stderr, "\n"+want+"\n") {
						t.Errorf("stderr lacks %q:\n%s", want, stderr)
					}
					continue
				}
				if got[i] != want {
					t.Errorf("line %d = %q, want %q", i+1, got[i], want)
				}
			}
		})
	}
}

func TestLoopClose(t *testing.T) {
	gil.Acquire(gil.NewThreadState())
	defer gil.Release()
	l := asyncio.NewEventLoop(asyncio.WithVirtualClock())
	f := l.CreateFuture()
	l.CallSoon(func() *py.Exc {
		if e := l.Close(); e == nil || e.Message() != "Cannot close a running event loop" {
			t.Errorf("Close while running raised %v", e)
		}
		return f.SetResult(1)
	})
	if v, exc := l.RunUntilComplete(f); exc != nil || v != 1 {
		t.Fatalf("RunUntilComplete = %v, %v", v, exc)
	}
	if e := l.Close(); e != nil {
		t.Fatal(e)
	}
	if _, exc := l.RunUntilComplete(l.CreateFuture()); exc == nil || exc.Message() != "Event loop is closed" {
		t.Errorf("RunUntilComplete on a closed loop raised %v", exc)
	}
}

func TestStopBeforeDone(t *testing.T) {
	gil.Acquire(gil.NewThreadState())
	defer gil.Release()
	l := asyncio.NewEventLoop()
	defer l.Close()
	l.CallSoon(func() *py.Exc { l.Stop(); return nil })
	if _, exc := l.RunUntilComplete(l.CreateFuture()); exc == nil || exc.Message() != "Event loop stopped before Future completed." {
		t.Errorf("raised %v", exc)
	}
}

func TestTimerHandleRepr(t *testing.T) {
	gil.Acquire(gil.NewThreadState())
	defer gil.Release()
	l := asyncio.NewEventLoop(asyncio.WithVirtualClock())
	defer l.Close()
	h := l.CallAt(8505.5, func() *py.Exc { return nil }).Describe(func() string { return "print('never')" })
	if got, want := h.String(), "<TimerHandle when=8505.5 print('never')>"; got != want {
		t.Errorf("repr = %s, want %s", got, want)
	}
	h.Cancel()
	if got, want := h.String(), "<TimerHandle cancelled when=8505.5>"; got != want {
		t.Errorf("repr = %s, want %s", got, want)
	}
}

// TestTeardownWaitsForExecutor: asyncio.run shuts the default executor
// down with wait=True, so a job still running when main returns finishes
// before Run returns (p12).
func TestTeardownWaitsForExecutor(t *testing.T) {
	finished := false
	main := fn("main", func() (py.Object, *py.Exc) {
		_, exc := runningLoop().RunInExecutor(func() (py.Object, *py.Exc) {
			gil.Blocking(func() { time.Sleep(20 * time.Millisecond) })
			finished = true
			return nil, nil
		})
		return nil, exc
	})
	if _, exc, _ := runMain(t, main); exc != nil {
		t.Fatal(exc)
	}
	gil.Acquire(gil.NewThreadState())
	defer gil.Release()
	if !finished {
		t.Error("Run returned before the executor job finished")
	}
}

// TestExecutorErrorPropagates: an exception raised by an executor job is
// raised by the await.
func TestExecutorErrorPropagates(t *testing.T) {
	main := co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if c.pc == 0 {
			return c.await(1, asyncio.ToThread(func() (py.Object, *py.Exc) {
				return nil, py.NewExc(py.ZeroDivisionError, "division by zero")
			}))
		}
		return raise(exc)
	})
	if _, exc, _ := runMain(t, main, asyncio.WithVirtualClock()); exc == nil || exc.Error() != "ZeroDivisionError: division by zero" {
		t.Errorf("raised %v", exc)
	}
}

// TestVirtualClockWaitsForExecutor: simulated time does not pass while an
// executor job runs, so a generous timeout around it does not fire early.
func TestVirtualClockWaitsForExecutor(t *testing.T) {
	main := co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		if c.pc == 0 {
			job := asyncio.ToThread(func() (py.Object, *py.Exc) {
				gil.Blocking(func() { time.Sleep(10 * time.Millisecond) })
				return "job done", nil
			})
			return c.await(1, asyncio.WaitFor(job, 5))
		}
		if exc != nil {
			return raise(exc)
		}
		return ret(v)
	})
	v, exc, _ := runMain(t, main, asyncio.WithVirtualClock())
	if exc != nil || v != "job done" {
		t.Errorf("got (%v, %v), want job done", v, exc)
	}
}

// TestRemoveDoneCallbackByKey: callbacks registered for the same Python
// callable are all removed by a DoneCallback carrying the same Key.
func TestRemoveDoneCallbackByKey(t *testing.T) {
	gil.Acquire(gil.NewThreadState())
	defer gil.Release()
	l := asyncio.NewEventLoop()
	defer l.Close()
	f := l.CreateFuture()
	key, other := &struct{ name string }{"cb"}, &struct{ name string }{"other"}
	nop := func(*asyncio.Future) *py.Exc { return nil }
	f.AddDoneCallback(&asyncio.DoneCallback{Fn: nop, Key: key})
	f.AddDoneCallback(&asyncio.DoneCallback{Fn: nop, Key: other})
	f.AddDoneCallback(&asyncio.DoneCallback{Fn: nop, Key: key})
	if n := f.RemoveDoneCallback(&asyncio.DoneCallback{Key: key}); n != 2 {
		t.Errorf("removed %d callbacks, want 2", n)
	}
	if n := f.RemoveDoneCallback(&asyncio.DoneCallback{Key: py.Tuple{1}}); n != 0 {
		t.Errorf("an unequal key removed %d callbacks", n)
	}
}

// TestWaitResultIsTwoSets: await asyncio.wait(...) gives (done, pending),
// a tuple of two sets holding the tasks themselves.
func TestWaitResultIsTwoSets(t *testing.T) {
	var done, pending *py.Set
	var task *asyncio.Task
	main := co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			task = create(sleep(0))
			return c.await(1, asyncio.Wait(aws(task, create(sleep(1))), asyncio.NoTimeout, asyncio.FirstCompleted))
		}
		res := v.(py.Tuple)
		done, pending = res[0].(*py.Set), res[1].(*py.Set)
		return ret(nil)
	})
	if _, exc, _ := runMain(t, main, asyncio.WithVirtualClock()); exc != nil {
		t.Fatal(exc)
	}
	if done.Len() != 1 || pending.Len() != 1 {
		t.Fatalf("done has %d, pending %d; want 1 and 1", done.Len(), pending.Len())
	}
	if ok, _ := done.Has(task); !ok {
		t.Error("done lacks the finished task")
	}
}

// TestGatherDedupesByIdentity: the same coroutine object given twice
// becomes one task, but equal stateless awaitables (sleep(0) values) are
// distinct calls and each gets its own task.
func TestGatherDedupesByIdentity(t *testing.T) {
	var n int
	main := co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			same := fn("same", func() (py.Object, *py.Exc) { n++; return n, nil })
			return c.await(1, must(asyncio.Gather(aws(same, same, sleep(0), sleep(0)), false)))
		}
		if got := len(items(v)); got != 4 {
			return raise(py.Errorf(py.AssertionError, "%d results", got))
		}
		return ret(len(must(asyncio.AllTasks())))
	})
	asyncio.ResetTaskCounter()
	if _, exc, _ := runMain(t, main, asyncio.WithVirtualClock()); exc != nil {
		t.Fatal(exc)
	}
	if n != 1 {
		t.Errorf("the shared coroutine ran %d times, want once", n)
	}
	gil.Acquire(gil.NewThreadState())
	defer gil.Release()
	l := asyncio.NewEventLoop(asyncio.WithVirtualClock())
	defer l.Close()
	tasks := 0
	main2 := co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		if c.pc == 0 {
			g := must(asyncio.Gather(aws(sleep(0), sleep(0), sleep(0)), false))
			tasks = len(must(asyncio.AllTasks()))
			return c.await(1, g)
		}
		return ret(nil)
	})
	if _, exc := l.RunUntilComplete(main2); exc != nil {
		t.Fatal(exc)
	}
	if tasks != 4 {
		t.Errorf("gather(sleep(0) x3) made %d tasks besides main, want 3", tasks-1)
	}
}
