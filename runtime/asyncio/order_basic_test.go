package asyncio_test

import (
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

var basicScenarios = []scenario{
	{name: "01_sleep0_interleave", main: sc01},
	{name: "02_call_soon_fifo", main: sc02},
	{name: "03_iterations", main: sc03},
	{name: "04_gather_order", main: sc04},
	{name: "05_gather_fail", main: sc05},
	{name: "06_gather_return_exceptions", main: sc06},
	{name: "07_gather_cancel_outer", main: sc07},
	{name: "08_gather_child_cancelled", main: sc08},
	{name: "09_done_callbacks", main: sc09},
	{name: "10_future_states", main: sc10},
	{name: "11_cancel_sleep", main: sc11},
	{name: "12_cancel_before_start", main: sc12},
	{name: "13_cancel_swallow", main: sc13},
	{name: "14_cancel_msg", main: sc14},
	{name: "15_cancel_chain", main: sc15},
}

func TestOrderBasic(t *testing.T) {
	for _, sc := range basicScenarios {
		t.Run(sc.name, func(t *testing.T) { runScenario(t, sc) })
	}
}

func sc01(pr printer) py.Coroutine {
	worker := func(name string) py.Coroutine {
		i := 0
		return co("worker", func(c *sm, _ py.Object, exc *py.Exc) step {
			if exc != nil {
				return raise(exc)
			}
			if i < 3 {
				pr(name, i)
				i++
				return c.await(0, sleep(0))
			}
			return ret(nil)
		})
	}
	var a, b *asyncio.Task
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			a = create(worker("a"))
			b = create(worker("b"))
			pr("main created")
			return c.await(1, worker("m"))
		case 1:
			return c.await(2, a)
		case 2:
			return c.await(3, b)
		}
		pr("done")
		return ret(nil)
	})
}

func prf(pr printer, s string) func() *py.Exc {
	return func() *py.Exc { pr(s); return nil }
}

func sc02(pr printer) py.Coroutine {
	var t *asyncio.Task
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			l := runningLoop()
			l.CallSoon(prf(pr, "cb1"))
			t = create(fn("task", func() (py.Object, *py.Exc) { pr("task", "t1"); return nil, nil }))
			l.CallSoon(prf(pr, "cb2"))
			l.CallLater(0, prf(pr, "later0"))
			l.CallSoon(prf(pr, "cb3"))
			pr("main before sleep")
			return c.await(1, sleep(0))
		case 1:
			pr("main after one sleep(0)")
			return c.await(2, sleep(0))
		case 2:
			pr("main after two")
			return c.await(3, t)
		}
		return ret(nil)
	})
}

func sc03(pr printer) py.Coroutine {
	tick := 0
	immediate := func() py.Coroutine { return fn("immediate", func() (py.Object, *py.Exc) { return 1, nil }) }
	oneSleep0 := func() py.Coroutine {
		return co("one_sleep0", func(c *sm, _ py.Object, exc *py.Exc) step {
			if exc != nil {
				return raise(exc)
			}
			if c.pc == 0 {
				return c.await(1, sleep(0))
			}
			return ret(1)
		})
	}
	measure := func(label string, aw py.Awaiter) py.Coroutine {
		var t0 int
		return co("measure", func(c *sm, _ py.Object, exc *py.Exc) step {
			if exc != nil {
				return raise(exc)
			}
			if c.pc == 0 {
				t0 = tick
				return c.await(1, aw)
			}
			pr(label, tick-t0)
			return ret(nil)
		})
	}
	var task *asyncio.Task
	steps := []struct {
		label string
		aw    func(l *asyncio.EventLoop) py.Awaiter
	}{
		{"sleep0", func(*asyncio.EventLoop) py.Awaiter { return sleep(0) }},
		{"coroutine", func(*asyncio.EventLoop) py.Awaiter { return immediate() }},
		{"finished_future", func(l *asyncio.EventLoop) py.Awaiter {
			f := l.CreateFuture()
			_ = f.SetResult(1)
			return f
		}},
		{"new_task", func(*asyncio.EventLoop) py.Awaiter { task = create(immediate()); return task }},
		{"finished_task", func(*asyncio.EventLoop) py.Awaiter { return task }},
		{"call_soon_future", func(l *asyncio.EventLoop) py.Awaiter {
			f := l.CreateFuture()
			l.CallSoon(func() *py.Exc { return f.SetResult(1) })
			return f
		}},
		{"gather_coro", func(*asyncio.EventLoop) py.Awaiter { return must(asyncio.Gather(aws(immediate()), false)) }},
		{"gather_empty", func(*asyncio.EventLoop) py.Awaiter { return must(asyncio.Gather(nil, false)) }},
		{"wait_for_coro_1", func(*asyncio.EventLoop) py.Awaiter { return asyncio.WaitFor(immediate(), 1) }},
		{"wait_for_none", func(*asyncio.EventLoop) py.Awaiter { return asyncio.WaitFor(immediate(), asyncio.NoTimeout) }},
		{"shield_coro", func(*asyncio.EventLoop) py.Awaiter { return must(asyncio.Shield(immediate())) }},
		{"task_sleep0", func(*asyncio.EventLoop) py.Awaiter { return create(oneSleep0()) }},
		{"queue_get_ready", func(*asyncio.EventLoop) py.Awaiter {
			q := asyncio.NewQueue(0)
			_ = q.PutNowait(1)
			return q.Get()
		}},
		{"event_set", func(*asyncio.EventLoop) py.Awaiter {
			e := asyncio.NewEvent()
			e.Set()
			return e.Wait()
		}},
	}
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		l := runningLoop()
		if c.pc == 0 {
			var ticker func() *py.Exc
			ticker = func() *py.Exc { tick++; l.CallSoon(ticker); return nil }
			l.CallSoon(ticker)
			return c.await(1, sleep(0))
		}
		if i := c.pc - 1; i < len(steps) {
			return c.await(c.pc+1, measure(steps[i].label, steps[i].aw(l)))
		}
		return ret(nil)
	})
}

func job(pr printer, name string, delay float64) py.Coroutine {
	return co("job", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			return c.await(1, sleep(delay))
		}
		pr("finished", name)
		return ret(strings.ToUpper(name))
	})
}

func sc04(pr printer) py.Coroutine {
	return co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			return c.await(1, must(asyncio.Gather(aws(job(pr, "a", 0.03), job(pr, "b", 0.01), job(pr, "c", 0.02)), false)))
		}
		pr(listRepr(items(v)))
		return ret(nil)
	})
}

// okAfter sleeps for delay, prints "ok finished NAME" and returns name.
func okAfter(pr printer, name string, delay float64) py.Coroutine {
	return co("ok", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			return c.await(1, sleep(delay))
		}
		pr("ok finished", name)
		return ret(name)
	})
}

func sc05(pr printer) py.Coroutine {
	bad := co("bad", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			return c.await(1, sleep(0.01))
		}
		return raise(py.NewExc(py.ValueError, "bad child"))
	})
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		switch c.pc {
		case 0:
			return c.await(1, must(asyncio.Gather(aws(okAfter(pr, "x", 0.02), bad, okAfter(pr, "y", 0.03)), false)))
		case 1:
			if exc != nil {
				if !exc.Matches(py.ValueError) {
					return raise(exc)
				}
				pr("caught", exc)
			}
			pr("main sleeps")
			return c.await(2, sleep(0.05))
		}
		if exc != nil {
			return raise(exc)
		}
		pr("main done")
		return ret(nil)
	})
}

func sc06(pr printer) py.Coroutine {
	ok := func() py.Coroutine {
		return co("ok", func(c *sm, _ py.Object, exc *py.Exc) step {
			if exc != nil {
				return raise(exc)
			}
			if c.pc == 0 {
				return c.await(1, sleep(0))
			}
			return ret(1)
		})
	}
	bad := fn("bad", func() (py.Object, *py.Exc) { return nil, py.NewExc(py.KeyError, "k") })
	return co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			return c.await(1, must(asyncio.Gather(aws(ok(), bad, ok()), true)))
		}
		res := items(v)
		e := res[1].(*py.Exc)
		pr(len(res), res[0], e.Class.Name, e.Args[0], res[2])
		return ret(nil)
	})
}

// cancellable sleeps for delay and prints "LABEL NAME" when cancelled.
func cancellable(pr printer, label, name string, delay float64) py.Coroutine {
	return co("child", func(c *sm, _ py.Object, exc *py.Exc) step {
		if c.pc == 0 {
			return c.await(1, sleep(delay))
		}
		if isCancel(exc) {
			pr(label, name)
		}
		if exc != nil {
			return raise(exc)
		}
		return ret(nil)
	})
}

func sc07(pr printer) py.Coroutine {
	var g *asyncio.Future
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		switch c.pc {
		case 0:
			g = must(asyncio.Gather(aws(cancellable(pr, "child cancelled", "a", 1), cancellable(pr, "child cancelled", "b", 1)), false))
			return c.await(1, sleep(0))
		case 1:
			pr("cancel ->", g.Cancel(nil))
			return c.await(2, g)
		}
		if isCancel(exc) {
			pr("outer raised CancelledError", g.Cancelled())
			return ret(nil)
		}
		return raise(exc)
	})
}

func sc08(pr printer) py.Coroutine {
	child := func(delay float64) py.Coroutine {
		return co("child", func(c *sm, _ py.Object, exc *py.Exc) step {
			if exc != nil {
				return raise(exc)
			}
			if c.pc == 0 {
				return c.await(1, sleep(delay))
			}
			return ret(delay)
		})
	}
	var t1, t2 *asyncio.Task
	var g *asyncio.Future
	return co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		switch c.pc {
		case 0:
			t1, t2 = create(child(0.01)), create(child(0.5))
			g = must(asyncio.Gather(aws(t1, t2), false))
			return c.await(1, sleep(0))
		case 1:
			t2.Cancel(nil)
			return c.await(2, g)
		case 2:
			if !isCancel(exc) {
				return raise(py.Errorf(py.AssertionError, "expected CancelledError, got %v", exc))
			}
			pr("outer raised CancelledError; outer.cancelled():", g.Cancelled())
			return c.await(3, must(asyncio.Gather(aws(t1, t2), true)))
		}
		if exc != nil {
			return raise(exc)
		}
		res := items(v)
		pr(res[0], res[1].(*py.Exc).Class.Name)
		return ret(nil)
	})
}

func sc09(pr printer) py.Coroutine {
	mk := func(name string) *asyncio.DoneCallback {
		return &asyncio.DoneCallback{Fn: func(f *asyncio.Future) *py.Exc {
			v, exc := f.Result()
			pr("cb", name, v)
			return exc
		}, Repr: "make.<locals>.cb() at FILE:5"}
	}
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			f := runningLoop().CreateFuture()
			c1, c2, c3 := mk("one"), mk("two"), mk("three")
			f.AddDoneCallback(c1)
			f.AddDoneCallback(c2)
			f.AddDoneCallback(c3)
			f.AddDoneCallback(c2)
			pr("removed", f.RemoveDoneCallback(c2))
			_ = f.SetResult("r")
			pr("set_result returned")
			f.AddDoneCallback(mk("late"))
			pr("added late")
			return c.await(1, sleep(0))
		case 1:
			pr("after one iteration")
			return c.await(2, sleep(0))
		}
		pr("after two")
		return ret(nil)
	})
}

func sc10(pr printer) py.Coroutine {
	var h *asyncio.Future
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if c.pc == 1 {
			if exc == nil || !exc.Matches(py.ValueError) {
				return raise(py.Errorf(py.AssertionError, "expected ValueError, got %v", exc))
			}
			pr("awaited:", exc)
			return ret(nil)
		}
		l := runningLoop()
		f := l.CreateFuture()
		pr(f.Done(), f.Cancelled())
		_, e := f.Result()
		pr("InvalidStateError:", e)
		_, e = f.Exception()
		pr("InvalidStateError:", e)
		_ = f.SetResult(5)
		pr("InvalidStateError:", f.SetResult(6))
		res, _ := f.Result()
		fe, _ := f.Exception()
		var feObj py.Object = py.None
		if fe != nil {
			feObj = fe
		}
		pr(f.Done(), res, feObj, f.Cancel(nil))
		g := l.CreateFuture()
		pr(g.Cancel("why"), g.Cancel(nil), g.Cancelled())
		_, e = g.Result()
		pr("CancelledError", argsRepr(e))
		h = l.CreateFuture()
		_ = h.SetException(py.NewExc(py.ValueError, "v"))
		he, _ := h.Exception()
		pr(he.Class.Name)
		return c.await(1, h)
	})
}

func sc11(pr printer) py.Coroutine {
	victim := co("victim", func(c *sm, _ py.Object, exc *py.Exc) step {
		if c.pc == 0 {
			pr("victim sleeping")
			return c.await(1, sleep(10))
		}
		if isCancel(exc) {
			pr("victim caught CancelledError")
		}
		pr("victim finally")
		if exc != nil {
			return raise(exc)
		}
		return ret(nil)
	})
	var t *asyncio.Task
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		switch c.pc {
		case 0:
			t = create(victim)
			return c.await(1, sleep(0))
		case 1:
			pr("cancel ->", t.Cancel(nil), "done:", t.Done(), "cancelling:", t.Cancelling())
			return c.await(2, t)
		}
		if !isCancel(exc) {
			return raise(py.Errorf(py.AssertionError, "expected CancelledError, got %v", exc))
		}
		pr("await raised; cancelled:", t.Cancelled())
		pr("cancel again ->", t.Cancel(nil))
		return ret(nil)
	})
}

func sc12(pr printer) py.Coroutine {
	var t *asyncio.Task
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			t = create(fn("body", func() (py.Object, *py.Exc) { pr("not printed"); return nil, nil }))
			pr("cancel ->", t.Cancel(nil))
			return c.await(1, sleep(0))
		}
		pr("cancelled:", t.Cancelled(), "done:", t.Done())
		return ret(nil)
	})
}

func sc13(pr printer) py.Coroutine {
	survivor := co("survivor", func(c *sm, _ py.Object, exc *py.Exc) step {
		switch c.pc {
		case 0:
			return c.await(1, sleep(10))
		case 1:
			if isCancel(exc) {
				pr("survivor swallowed it")
			} else if exc != nil {
				return raise(exc)
			}
			return c.await(2, sleep(0))
		}
		if exc != nil {
			return raise(exc)
		}
		pr("survivor goes on")
		return ret("survived")
	})
	var s *asyncio.Task
	return co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			s = create(survivor)
			return c.await(1, sleep(0))
		case 1:
			s.Cancel(nil)
			return c.await(2, s)
		}
		pr("result:", v, "cancelled:", s.Cancelled(), "cancelling:", s.Cancelling())
		pr("uncancel ->", s.Uncancel(), s.Uncancel())
		return ret(nil)
	})
}

func sc14(pr printer) py.Coroutine {
	sleeper := func() py.Coroutine {
		return co("sleeper", func(c *sm, _ py.Object, exc *py.Exc) step {
			if c.pc == 0 {
				return c.await(1, sleep(10))
			}
			if isCancel(exc) {
				pr("inside:", argsRepr(exc))
			}
			if exc != nil {
				return raise(exc)
			}
			return ret(nil)
		})
	}
	var t, u *asyncio.Task
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		switch c.pc {
		case 0:
			t = create(sleeper())
			return c.await(1, sleep(0))
		case 1:
			t.Cancel("stop now")
			return c.await(2, t)
		case 2:
			if !isCancel(exc) {
				return raise(py.Errorf(py.AssertionError, "expected CancelledError, got %v", exc))
			}
			pr("outside:", argsRepr(exc))
			u = create(sleeper())
			u.Cancel("early")
			return c.await(3, u)
		}
		if !isCancel(exc) {
			return raise(py.Errorf(py.AssertionError, "expected CancelledError, got %v", exc))
		}
		pr("early:", argsRepr(exc))
		return ret(nil)
	})
}

func sc15(pr printer) py.Coroutine {
	inner := func() py.Coroutine {
		return co("inner", func(c *sm, _ py.Object, exc *py.Exc) step {
			if c.pc == 0 {
				return c.await(1, sleep(10))
			}
			pr("inner finally")
			if exc != nil {
				return raise(exc)
			}
			return ret(nil)
		})
	}
	middle := func() py.Coroutine {
		var saved *py.Exc
		return co("middle", func(c *sm, _ py.Object, exc *py.Exc) step {
			switch c.pc {
			case 0:
				return c.await(1, inner())
			case 1:
				if !isCancel(exc) {
					if exc != nil {
						return raise(exc)
					}
					return ret(nil)
				}
				saved = exc
				pr("middle cleans up")
				return c.await(2, sleep(0))
			}
			if exc != nil {
				return raise(exc)
			}
			pr("middle re-raises")
			return raise(saved)
		})
	}
	outer := co("outer", func(c *sm, _ py.Object, exc *py.Exc) step {
		if c.pc == 0 {
			return c.await(1, middle())
		}
		pr("outer finally")
		if exc != nil {
			return raise(exc)
		}
		return ret(nil)
	})
	var t *asyncio.Task
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		switch c.pc {
		case 0:
			t = create(outer)
			return c.await(1, sleep(0.01))
		case 1:
			t.Cancel(nil)
			return c.await(2, t)
		}
		if !isCancel(exc) {
			return raise(py.Errorf(py.AssertionError, "expected CancelledError, got %v", exc))
		}
		pr("main saw CancelledError", t.Cancelled())
		return ret(nil)
	})
}
