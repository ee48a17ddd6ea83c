package asyncio_test

import (
	"sort"
	"testing"

	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

var funcScenarios = []scenario{
	{name: "16_wait_for_timeout", main: sc16},
	{name: "17_wait_for_ok", main: sc17},
	{name: "18_wait_for_swallow", main: sc18},
	{name: "19_wait_for_zero", main: sc19},
	{name: "20_wait_for_caller_cancelled", main: sc20},
	{name: "21_shield_outer_cancel", main: sc21},
	{name: "22_shield_inner_cancel", main: sc22},
	{name: "23_wait_first_completed", main: sc23},
	{name: "24_wait_first_exception", main: sc24},
	{name: "25_wait_timeout", main: sc25},
	{name: "26_as_completed", main: sc26},
	{name: "27_as_completed_timeout", main: sc27},
	{name: "28_taskgroup_ok", main: sc28},
	{name: "29_taskgroup_fail", main: sc29},
	{name: "30_timeout_cm", main: sc30},
}

func TestOrderFunctions(t *testing.T) {
	for _, sc := range funcScenarios {
		t.Run(sc.name, func(t *testing.T) { runScenario(t, sc) })
	}
}

// expect returns an AssertionError unless exc is of class cls.
func expect(exc *py.Exc, cls *py.Class) *py.Exc {
	if exc == nil || !exc.Matches(cls) {
		return py.Errorf(py.AssertionError, "expected %s, got %v", cls.Name, exc)
	}
	return nil
}

func sc16(pr printer) py.Coroutine {
	slow := co("slow", func(c *sm, _ py.Object, exc *py.Exc) step {
		switch c.pc {
		case 0:
			pr("slow runs in", must(asyncio.CurrentTask()).Name())
			return c.await(1, sleep(1))
		case 1:
			if !isCancel(exc) {
				return raise(exc)
			}
			pr("slow cancelled, cleaning up")
			return c.await(2, co("reraise", func(c2 *sm, _ py.Object, e2 *py.Exc) step {
				if c2.pc == 0 {
					return c2.await(1, sleep(0))
				}
				if e2 != nil {
					return raise(e2)
				}
				pr("slow cleanup done")
				return raise(exc)
			}))
		}
		return raise(exc)
	})
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if c.pc == 0 {
			return c.await(1, asyncio.WaitFor(slow, 0.02))
		}
		if e := expect(exc, py.TimeoutError); e != nil {
			return raise(e)
		}
		pr("TimeoutError", exc.Cause.Class.Name)
		return ret(nil)
	})
}

func quick() py.Coroutine {
	return co("quick", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			return c.await(1, sleep(0.01))
		}
		return ret("quick result")
	})
}

func sc17(pr printer) py.Coroutine {
	return co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			return c.await(1, asyncio.WaitFor(quick(), 1))
		case 1:
			pr(v)
			return c.await(2, asyncio.WaitFor(quick(), asyncio.NoTimeout))
		case 2:
			pr(v)
			return c.await(3, asyncio.WaitFor(create(quick()), 0.5))
		}
		pr(v)
		return ret(nil)
	})
}

func sc18(pr printer) py.Coroutine {
	stubborn := co("stubborn", func(c *sm, _ py.Object, exc *py.Exc) step {
		if c.pc == 0 {
			return c.await(1, sleep(1))
		}
		if isCancel(exc) {
			pr("stubborn ignores the cancellation")
		} else if exc != nil {
			return raise(exc)
		}
		return ret("kept")
	})
	return co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			return c.await(1, asyncio.WaitFor(stubborn, 0.01))
		}
		pr("result:", v)
		return ret(nil)
	})
}

func sc19(pr printer) py.Coroutine {
	return co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		switch c.pc {
		case 0:
			body := fn("body", func() (py.Object, *py.Exc) { pr("not printed"); return 1, nil })
			return c.await(1, asyncio.WaitFor(body, 0))
		case 1:
			if e := expect(exc, py.TimeoutError); e != nil {
				return raise(e)
			}
			pr("TimeoutError at once")
			f := runningLoop().CreateFuture()
			_ = f.SetResult("ready")
			return c.await(2, asyncio.WaitFor(f, 0))
		}
		if exc != nil {
			return raise(exc)
		}
		pr(v)
		return ret(nil)
	})
}

// cleanupOnCancel sleeps for delay; when cancelled it prints LABEL
// cancelled, awaits sleep(0), prints LABEL cleanup finished and re-raises.
func cleanupOnCancel(pr printer, delay float64) py.Coroutine {
	var saved *py.Exc
	return co("inner", func(c *sm, _ py.Object, exc *py.Exc) step {
		switch c.pc {
		case 0:
			return c.await(1, sleep(delay))
		case 1:
			if !isCancel(exc) {
				if exc != nil {
					return raise(exc)
				}
				return ret(nil)
			}
			saved = exc
			pr("inner cancelled")
			return c.await(2, sleep(0))
		}
		if exc != nil {
			return raise(exc)
		}
		pr("inner cleanup finished")
		return raise(saved)
	})
}

func sc20(pr printer) py.Coroutine {
	caller := co("caller", func(c *sm, _ py.Object, exc *py.Exc) step {
		if c.pc == 0 {
			return c.await(1, asyncio.WaitFor(cleanupOnCancel(pr, 1), 5))
		}
		if isCancel(exc) {
			pr("caller sees CancelledError after inner cleanup")
		}
		if exc != nil {
			return raise(exc)
		}
		return ret(nil)
	})
	var t *asyncio.Task
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		switch c.pc {
		case 0:
			t = create(caller)
			return c.await(1, sleep(0.01))
		case 1:
			t.Cancel(nil)
			return c.await(2, t)
		}
		if e := expect(exc, py.CancelledError); e != nil {
			return raise(e)
		}
		pr("main: caller cancelled", t.Cancelled())
		return ret(nil)
	})
}

func sc21(pr printer) py.Coroutine {
	precious := co("precious", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			return c.await(1, sleep(0.02))
		}
		pr("precious finished anyway")
		return ret("gold")
	})
	waiter := func(inner *asyncio.Task) py.Coroutine {
		return co("waiter", func(c *sm, _ py.Object, exc *py.Exc) step {
			if c.pc == 0 {
				return c.await(1, must(asyncio.Shield(inner)))
			}
			if isCancel(exc) {
				pr("waiter cancelled")
			}
			if exc != nil {
				return raise(exc)
			}
			return ret(nil)
		})
	}
	var inner, w *asyncio.Task
	return co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		switch c.pc {
		case 0:
			inner = create(precious)
			w = create(waiter(inner))
			return c.await(1, sleep(0.01))
		case 1:
			w.Cancel(nil)
			return c.await(2, w)
		case 2:
			if e := expect(exc, py.CancelledError); e != nil {
				return raise(e)
			}
			pr("w cancelled:", w.Cancelled(), "inner done:", inner.Done())
			return c.await(3, inner)
		}
		if exc != nil {
			return raise(exc)
		}
		pr("inner result:", v)
		return ret(nil)
	})
}

func sc22(pr printer) py.Coroutine {
	var t *asyncio.Task
	var outer *asyncio.Future
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		switch c.pc {
		case 0:
			t = create(sleep(1))
			outer = must(asyncio.Shield(t))
			return c.await(1, sleep(0))
		case 1:
			t.Cancel(nil)
			return c.await(2, outer)
		}
		if e := expect(exc, py.CancelledError); e != nil {
			return raise(e)
		}
		pr("outer cancelled too:", outer.Cancelled())
		f := runningLoop().CreateFuture()
		_ = f.SetResult(3)
		pr("done future returned as is:", must(asyncio.Shield(f)) == f)
		return ret(nil)
	})
}

// namedJob sleeps for delay, prints "job NAME VERB", and returns name or
// raises RuntimeError(name) when fail is set.
func namedJob(pr printer, name string, delay float64, verb string, fail bool) py.Coroutine {
	return co("job", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			return c.await(1, sleep(delay))
		}
		if verb != "" {
			pr("job", name, verb)
		}
		if fail {
			return raise(py.NewExc(py.RuntimeError, name))
		}
		return ret(name)
	})
}

// sortedResults is sorted(t.result() for t in fs) as a list repr.
func sortedResults(fs []*asyncio.Future) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = must(f.Result()).(string)
	}
	sort.Strings(names)
	objs := make([]py.Object, len(names))
	for i, n := range names {
		objs[i] = n
	}
	return listRepr(objs)
}

func sc23(pr printer) py.Coroutine {
	var ts []py.Awaiter
	return co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			ts = aws(create(namedJob(pr, "a", 0.03, "done", false)), create(namedJob(pr, "b", 0.01, "done", false)),
				create(namedJob(pr, "c", 0.05, "done", false)))
			w := asyncio.Wait(ts, asyncio.NoTimeout, asyncio.FirstCompleted)
			return c.await(1, co("report", func(c2 *sm, _ py.Object, e2 *py.Exc) step {
				if c2.pc == 0 {
					return c2.await(1, w)
				}
				if e2 != nil {
					return raise(e2)
				}
				pr("done", sortedResults(w.Done()), "pending", len(w.Pending()))
				return ret(nil)
			}))
		case 1:
			w := asyncio.Wait(ts, asyncio.NoTimeout, asyncio.AllCompleted)
			return c.await(2, co("report", func(c2 *sm, _ py.Object, e2 *py.Exc) step {
				if c2.pc == 0 {
					return c2.await(1, w)
				}
				if e2 != nil {
					return raise(e2)
				}
				pr("done", sortedResults(w.Done()), "pending", len(w.Pending()))
				return ret(nil)
			}))
		}
		return ret(nil)
	})
}

func sc24(pr printer) py.Coroutine {
	var ts []*asyncio.Task
	var w *asyncio.WaitCoro
	return co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			ts = []*asyncio.Task{create(namedJob(pr, "a", 0.01, "ends", false)), create(namedJob(pr, "b", 0.02, "ends", true)),
				create(namedJob(pr, "c", 0.04, "ends", false))}
			w = asyncio.Wait(aws(ts[0], ts[1], ts[2]), asyncio.NoTimeout, asyncio.FirstException)
			return c.await(1, w)
		case 1:
			pr("done", len(w.Done()), "pending", len(w.Pending()))
			pr("b failed with", must(ts[1].Exception()))
			pending := make([]py.Awaiter, len(w.Pending()))
			for i, f := range w.Pending() {
				pending[i] = f
			}
			return c.await(2, asyncio.Wait(pending, asyncio.NoTimeout, asyncio.AllCompleted))
		}
		pr("c:", must(ts[2].Result()))
		return ret(nil)
	})
}

func sc25(pr printer) py.Coroutine {
	var ts []*asyncio.Task
	var w *asyncio.WaitCoro
	return co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			ts = []*asyncio.Task{create(namedJob(pr, "fast", 0.01, "ends", false)), create(namedJob(pr, "slow", 0.05, "ends", false))}
			w = asyncio.Wait(aws(ts[0], ts[1]), 0.03, asyncio.AllCompleted)
			return c.await(1, w)
		case 1:
			pr("done", len(w.Done()), "pending", len(w.Pending()), "slow cancelled:", ts[1].Cancelled())
			return c.await(2, ts[1])
		}
		pr("slow finished after all")
		return ret(nil)
	})
}

func sc26(pr printer) py.Coroutine {
	var cs []py.Coroutine
	return co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			ts := aws(create(namedJob(pr, "a", 0.03, "", false)), create(namedJob(pr, "b", 0.01, "", false)),
				create(namedJob(pr, "c", 0.02, "", false)))
			cs = must(asyncio.AsCompleted(ts, asyncio.NoTimeout))
		} else {
			pr("next:", v)
		}
		if c.pc < len(cs) {
			return c.await(c.pc+1, cs[c.pc])
		}
		return ret(nil)
	})
}

func sc27(pr printer) py.Coroutine {
	var cs []py.Coroutine
	var ts []*asyncio.Task
	return co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		if exc != nil {
			if e := expect(exc, py.TimeoutError); e != nil {
				return raise(e)
			}
			pr("TimeoutError")
			ts[1].Cancel(nil)
			return ret(nil)
		}
		if c.pc == 0 {
			ts = []*asyncio.Task{create(namedJob(pr, "a", 0.01, "", false)), create(namedJob(pr, "b", 0.2, "", false))}
			cs = must(asyncio.AsCompleted(aws(ts[0], ts[1]), 0.05))
		} else {
			pr("next:", v)
		}
		if c.pc < len(cs) {
			return c.await(c.pc+1, cs[c.pc])
		}
		ts[1].Cancel(nil)
		return ret(nil)
	})
}

func sc28(pr printer) py.Coroutine {
	job := func(name string, delay float64) py.Coroutine {
		return co("job", func(c *sm, _ py.Object, exc *py.Exc) step {
			if exc != nil {
				return raise(exc)
			}
			if c.pc == 0 {
				return c.await(1, sleep(delay))
			}
			pr("job", name)
			return ret(name)
		})
	}
	tg := asyncio.NewTaskGroup()
	var t1, t2 *asyncio.Task
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			return c.await(1, tg.AEnter())
		case 1:
			t1 = must(tg.CreateTask(job("one", 0.02)))
			t2 = must(tg.CreateTask(job("two", 0.01)))
			pr("body done")
			return c.await(2, tg.AExit(nil))
		}
		pr("after group", must(t1.Result()), must(t2.Result()))
		return ret(nil)
	})
}

func sc29(pr printer) py.Coroutine {
	sleeper := func(name string) py.Coroutine {
		return co("sleeper", func(c *sm, _ py.Object, exc *py.Exc) step {
			if c.pc == 0 {
				return c.await(1, sleep(1))
			}
			pr("sleeper", name, "finally")
			if exc != nil {
				return raise(exc)
			}
			return ret(nil)
		})
	}
	failer := co("failer", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			return c.await(1, sleep(0.01))
		}
		return raise(py.NewExc(py.ValueError, "boom"))
	})
	tg := asyncio.NewTaskGroup()
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		switch c.pc {
		case 0:
			return c.await(1, tg.AEnter())
		case 1:
			if exc != nil {
				return raise(exc)
			}
			must(tg.CreateTask(sleeper("a")))
			must(tg.CreateTask(failer))
			must(tg.CreateTask(sleeper("b")))
			return c.await(2, sleep(1))
		case 2:
			if exc == nil {
				pr("not printed")
			}
			return c.await(3, tg.AExit(exc))
		}
		if exc == nil || !exc.Matches(py.ExceptionGroup) {
			return raise(py.Errorf(py.AssertionError, "expected ExceptionGroup, got %v", exc))
		}
		msgs := make([]py.Object, len(exc.Group))
		for i, e := range exc.Group {
			msgs[i] = e.Message()
		}
		pr("caught", exc.Class.Name, listRepr(msgs))
		pr("main cancelling:", must(asyncio.CurrentTask()).Cancelling())
		return ret(nil)
	})
}

func sc30(pr printer) py.Coroutine {
	var cm, cm2 *asyncio.TimeoutCM
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		switch c.pc {
		case 0:
			cm = must(asyncio.Timeout(0.02))
			return c.await(1, cm.AEnter())
		case 1:
			if exc != nil {
				return raise(exc)
			}
			return c.await(2, sleep(1))
		case 2:
			if isCancel(exc) {
				pr("body cancelled")
			}
			return c.await(3, cm.AExit(exc))
		case 3:
			if e := expect(exc, py.TimeoutError); e != nil {
				return raise(e)
			}
			pr("TimeoutError, expired:", cm.Expired())
			cm2 = must(asyncio.Timeout(1))
			return c.await(4, cm2.AEnter())
		case 4:
			if exc != nil {
				return raise(exc)
			}
			return c.await(5, sleep(0.01))
		case 5:
			return c.await(6, cm2.AExit(exc))
		}
		if exc != nil {
			return raise(exc)
		}
		pr("no timeout, expired:", cm2.Expired())
		pr("cancelling:", must(asyncio.CurrentTask()).Cancelling())
		return ret(nil)
	})
}
