package asyncio_test

import (
	"testing"

	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

var edgeScenarios = []scenario{
	{name: "46_lock_cancel", main: sc46},
	{name: "47_queue_cancel", main: sc47},
	{name: "48_condition_cancel", main: sc48},
	{name: "49_nested_timeouts", main: sc49, after: func(pr printer, _ py.Object, exc *py.Exc) {
		if exc != nil && exc.Matches(py.TimeoutError) {
			pr("TimeoutError escaped")
		}
	}},
	{name: "50_gather_cancel_return_exceptions", main: sc50},
	{name: "51_cancel_sleep0_must_cancel", main: sc51},
	{name: "52_taskgroup_parent_cancelled", main: sc52},
}

func TestOrderEdgeCases(t *testing.T) {
	for _, sc := range edgeScenarios {
		t.Run(sc.name, func(t *testing.T) { runScenario(t, sc) })
	}
}

// typeName is type(v).__name__ for gather results.
func typeName(v py.Object) string {
	if e, ok := v.(*py.Exc); ok {
		return e.Class.Name
	}
	return py.TypeName(v)
}

func sc46(pr printer) py.Coroutine {
	lock := asyncio.NewLock()
	user := func(name string) py.Coroutine {
		var bodyExc *py.Exc
		onExc := func(exc *py.Exc) step {
			if isCancel(exc) {
				pr(name, "cancelled while waiting")
			}
			return raise(exc)
		}
		return co("user", func(c *sm, _ py.Object, exc *py.Exc) step {
			switch c.pc {
			case 0:
				return c.await(1, lock.AEnter())
			case 1:
				if exc != nil {
					return onExc(exc)
				}
				pr(name, "has the lock")
				return c.await(2, sleep(0.01))
			case 2:
				bodyExc = exc
				return c.await(3, lock.AExit(exc))
			}
			if exc == nil {
				exc = bodyExc
			}
			if exc != nil {
				return onExc(exc)
			}
			return ret(nil)
		})
	}
	var a, b, c2 *asyncio.Task
	return co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			a, b, c2 = create(user("a")), create(user("b")), create(user("c"))
			return c.await(1, sleep(0))
		case 1:
			b.Cancel(nil)
			return c.await(2, must(asyncio.Gather(aws(a, b, c2), true)))
		}
		var names []py.Object
		for _, r := range items(v) {
			names = append(names, typeName(r))
		}
		pr(listRepr(names), lock.Locked())
		return ret(nil)
	})
}

func sc47(pr printer) py.Coroutine {
	q := asyncio.NewQueue(0)
	getter := func(name string) py.Coroutine {
		return co("getter", func(c *sm, v py.Object, exc *py.Exc) step {
			if c.pc == 0 {
				return c.await(1, q.Get())
			}
			if isCancel(exc) {
				pr(name, "cancelled")
			}
			if exc != nil {
				return raise(exc)
			}
			pr(name, "got", v)
			return ret(nil)
		})
	}
	var g1, g2, p *asyncio.Task
	var full *asyncio.Queue
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			g1, g2 = create(getter("g1")), create(getter("g2"))
			return c.await(1, sleep(0))
		case 1:
			_ = q.PutNowait("first")
			g1.Cancel(nil)
			return c.await(2, sleep(0))
		case 2:
			return c.await(3, sleep(0))
		case 3:
			pr("g1 cancelled:", g1.Cancelled(), "g2 done:", g2.Done(), "qsize:", q.Qsize())
			full = asyncio.NewQueue(1)
			_ = full.PutNowait(0)
			p = create(full.NewPut(1))
			return c.await(4, sleep(0))
		case 4:
			p.Cancel(nil)
			return c.await(5, sleep(0))
		}
		pr("putter cancelled:", p.Cancelled(), "qsize:", full.Qsize())
		return ret(nil)
	})
}

func sc48(pr printer) py.Coroutine {
	cond := asyncio.NewCondition(nil)
	var bodyExc *py.Exc
	waiter := co("waiter", func(c *sm, _ py.Object, exc *py.Exc) step {
		switch c.pc {
		case 0:
			return c.await(1, cond.AEnter())
		case 1:
			if exc != nil {
				return raise(exc)
			}
			return c.await(2, cond.Wait())
		case 2:
			if isCancel(exc) {
				pr("waiter cancelled, lock held again:", cond.Locked())
			}
			bodyExc = exc
			return c.await(3, cond.AExit(exc))
		}
		if exc == nil {
			exc = bodyExc
		}
		if exc != nil {
			return raise(exc)
		}
		return ret(nil)
	})
	var t *asyncio.Task
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if c.pc < 5 && exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			t = create(waiter)
			return c.await(1, sleep(0))
		case 1:
			return c.await(2, cond.AEnter())
		case 2:
			t.Cancel(nil)
			return c.await(3, sleep(0))
		case 3:
			pr("main still holds the lock")
			return c.await(4, cond.AExit(nil))
		case 4:
			return c.await(5, t)
		}
		if e := expect(exc, py.CancelledError); e != nil {
			return raise(e)
		}
		pr("waiter done, locked:", cond.Locked())
		return ret(nil)
	})
}

func sc49(pr printer) py.Coroutine {
	var outer, inner, cm *asyncio.TimeoutCM
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		switch c.pc {
		case 0:
			outer = must(asyncio.Timeout(0.05))
			return c.await(1, outer.AEnter())
		case 1:
			if exc != nil {
				return raise(exc)
			}
			inner = must(asyncio.Timeout(0.01))
			return c.await(2, inner.AEnter())
		case 2:
			if exc != nil {
				return c.goTo(5, nil, exc)
			}
			return c.await(3, sleep(1))
		case 3:
			return c.await(4, inner.AExit(exc))
		case 4:
			if exc != nil {
				if !exc.Matches(py.TimeoutError) {
					return c.goTo(5, nil, exc)
				}
				pr("inner timed out")
			}
			return c.await(5, sleep(1))
		case 5:
			return c.await(6, outer.AExit(exc))
		case 6:
			if exc != nil {
				if !exc.Matches(py.TimeoutError) {
					return raise(exc)
				}
				pr("outer timed out")
			}
			cm = must(asyncio.Timeout(asyncio.NoTimeout))
			return c.await(7, cm.AEnter())
		case 7:
			if exc != nil {
				return raise(exc)
			}
			if e := cm.Reschedule(runningLoop().Time() + 0.01); e != nil {
				return raise(e)
			}
			return c.await(8, sleep(1))
		case 8:
			if isCancel(exc) {
				pr("rescheduled deadline hit")
			}
			pr("leaving block")
			return c.await(9, cm.AExit(exc))
		}
		if exc != nil {
			return raise(exc)
		}
		pr("not printed")
		return ret(nil)
	})
}

func sc50(pr printer) py.Coroutine {
	child := func(name string, delay float64) py.Coroutine {
		return co("child", func(c *sm, _ py.Object, exc *py.Exc) step {
			if c.pc == 0 {
				return c.await(1, sleep(delay))
			}
			if isCancel(exc) {
				pr("child", name, "cancelled")
			}
			if exc != nil {
				return raise(exc)
			}
			return ret(name)
		})
	}
	var g, done *asyncio.Future
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if c.pc != 2 && exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			g = must(asyncio.Gather(aws(child("a", 0.01), child("b", 1)), true))
			return c.await(1, sleep(0.02))
		case 1:
			pr("cancel ->", g.Cancel(nil))
			return c.await(2, g)
		case 2:
			if e := expect(exc, py.CancelledError); e != nil {
				return raise(e)
			}
			pr("gather raised CancelledError even with return_exceptions")
			done = must(asyncio.Gather(aws(child("c", 0)), false))
			return c.await(3, done)
		}
		pr("cancel finished ->", done.Cancel(nil))
		return ret(nil)
	})
}

func sc51(pr printer) py.Coroutine {
	n := 0
	spinner := co("spinner", func(c *sm, _ py.Object, exc *py.Exc) step {
		if isCancel(exc) {
			pr("spinner cancelled after", n, "turns")
		}
		if exc != nil {
			return raise(exc)
		}
		n++
		return c.await(0, sleep(0))
	})
	waiter := func(fut *asyncio.Future) py.Coroutine {
		return co("waiter", func(c *sm, v py.Object, exc *py.Exc) step {
			if c.pc == 0 {
				return c.await(1, fut)
			}
			if isCancel(exc) {
				pr("waiter cancelled after its future was resolved")
			}
			if exc != nil {
				return raise(exc)
			}
			if c.pc == 1 {
				pr("waiter got", v)
				return c.await(2, sleep(0))
			}
			return ret(nil)
		})
	}
	var s, w *asyncio.Task
	var fut *asyncio.Future
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if c.pc != 7 && exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			s = create(spinner)
			return c.await(1, sleep(0))
		case 1, 2:
			return c.await(c.pc+1, sleep(0))
		case 3:
			s.Cancel(nil)
			return c.await(4, sleep(0))
		case 4:
			pr("spinner cancelled:", s.Cancelled())
			fut = runningLoop().CreateFuture()
			w = create(waiter(fut))
			return c.await(5, sleep(0))
		case 5:
			_ = fut.SetResult("late")
			w.Cancel(nil)
			return c.await(7, w)
		}
		if e := expect(exc, py.CancelledError); e != nil {
			return raise(e)
		}
		pr("w cancelled:", w.Cancelled())
		return ret(nil)
	})
}

func sc52(pr printer) py.Coroutine {
	child := func(name string) py.Coroutine {
		return co("child", func(c *sm, _ py.Object, exc *py.Exc) step {
			if c.pc == 0 {
				return c.await(1, sleep(1))
			}
			pr("child", name, "finally")
			if exc != nil {
				return raise(exc)
			}
			return ret(nil)
		})
	}
	tg := asyncio.NewTaskGroup()
	body := co("body", func(c *sm, _ py.Object, exc *py.Exc) step {
		switch c.pc {
		case 0:
			return c.await(1, tg.AEnter())
		case 1:
			if exc != nil {
				return raise(exc)
			}
			must(tg.CreateTask(child("x")))
			return c.await(2, sleep(1))
		case 2:
			return c.await(3, tg.AExit(exc))
		}
		if isCancel(exc) {
			pr("body: CancelledError propagated out of the group")
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
			t = create(body)
			return c.await(1, sleep(0.01))
		case 1:
			t.Cancel(nil)
			return c.await(2, t)
		}
		if e := expect(exc, py.CancelledError); e != nil {
			return raise(e)
		}
		pr("task cancelled:", t.Cancelled())
		return ret(nil)
	})
}
