package asyncio_test

import (
	"testing"

	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

var moreScenarios = []scenario{
	{name: "54_condition_wait_for", main: sc54},
	{name: "55_errors_through", main: sc55},
	{name: "56_nested_gather", main: sc56},
	{name: "57_event_cancel", main: sc57},
	{name: "58_semaphore_cancel", main: sc58},
}

func TestOrderMore(t *testing.T) {
	for _, sc := range moreScenarios {
		t.Run(sc.name, func(t *testing.T) { runScenario(t, sc) })
	}
}

// withBlock drives "async with cm: body" where body is a coroutine.
func withBlock(cm asyncio.AsyncContextManager, body py.Coroutine) py.Coroutine {
	var bodyExc *py.Exc
	return co("with", func(c *sm, _ py.Object, exc *py.Exc) step {
		switch c.pc {
		case 0:
			return c.await(1, cm.AEnter())
		case 1:
			if exc != nil {
				return raise(exc)
			}
			return c.await(2, body)
		case 2:
			bodyExc = exc
			return c.await(3, cm.AExit(exc))
		}
		if exc == nil {
			exc = bodyExc
		}
		if exc != nil {
			return raise(exc)
		}
		return ret(nil)
	})
}

func sc54(pr printer) py.Coroutine {
	n := 0
	cond := asyncio.NewCondition(nil)
	waiter := withBlock(cond, co("body", func(c *sm, v py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			return c.await(1, cond.WaitFor(func() (py.Object, *py.Exc) { return n >= 3, nil },
				func(v py.Object) bool { return v == true }))
		}
		pr("predicate true:", v, n)
		return ret(nil)
	}))
	var t *asyncio.Task
	round := 0
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			t = create(waiter)
			return c.await(1, sleep(0))
		case 1:
			round++
			return c.await(2, withBlock(cond, fn("body", func() (py.Object, *py.Exc) {
				n++
				pr("n =", n)
				return nil, cond.NotifyAll()
			})))
		case 2:
			if round < 4 {
				return c.await(1, sleep(0))
			}
			return c.await(3, t)
		}
		return ret(nil)
	})
}

func sc55(pr printer) py.Coroutine {
	fails := func() py.Coroutine {
		return co("fails", func(c *sm, _ py.Object, exc *py.Exc) step {
			if exc != nil {
				return raise(exc)
			}
			if c.pc == 0 {
				return c.await(1, sleep(0.01))
			}
			return raise(py.NewExc(py.ValueError, "inner failed"))
		})
	}
	report := func(label string, exc *py.Exc) *py.Exc {
		if e := expect(exc, py.ValueError); e != nil {
			return e
		}
		pr(label, exc)
		return nil
	}
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		switch c.pc {
		case 0:
			return c.await(1, asyncio.WaitFor(fails(), 1))
		case 1:
			if e := report("wait_for propagated:", exc); e != nil {
				return raise(e)
			}
			return c.await(2, must(asyncio.Shield(create(fails()))))
		case 2:
			if e := report("shield propagated:", exc); e != nil {
				return raise(e)
			}
			return c.await(3, asyncio.WaitFor(fails(), asyncio.NoTimeout))
		}
		if e := report("wait_for(None) propagated:", exc); e != nil {
			return raise(e)
		}
		return ret(nil)
	})
}

func sc56(pr printer) py.Coroutine {
	val := func(x int, delay float64) py.Coroutine {
		return co("val", func(c *sm, _ py.Object, exc *py.Exc) step {
			if exc != nil {
				return raise(exc)
			}
			if c.pc == 0 {
				return c.await(1, sleep(delay))
			}
			pr("val", x)
			return ret(x)
		})
	}
	return co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			inner := must(asyncio.Gather(aws(val(1, 0.03), val(2, 0.01)), false))
			return c.await(1, must(asyncio.Gather(aws(inner, val(3, 0.02), asyncio.Sleep(0.005, "s")), false)))
		}
		pr(py.Repr(v))
		return ret(nil)
	})
}

// cancelReport awaits aw and prints "NAME woke", or "NAME cancelled" when
// cancelled.
func cancelReport(pr printer, name, woke string, aw func() py.Awaiter) py.Coroutine {
	return co("waiter", func(c *sm, _ py.Object, exc *py.Exc) step {
		if c.pc == 0 {
			return c.await(1, aw())
		}
		if isCancel(exc) {
			pr(name, "cancelled")
		}
		if exc != nil {
			return raise(exc)
		}
		if woke != "" {
			pr(name, woke)
		}
		return ret(nil)
	})
}

// typeNames is [type(r).__name__ for r in results] as a list repr.
func typeNames(v py.Object) string {
	var names []py.Object
	for _, r := range items(v) {
		names = append(names, typeName(r))
	}
	return listRepr(names)
}

func sc57(pr printer) py.Coroutine {
	ev := asyncio.NewEvent()
	var ts []*asyncio.Task
	return co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			for _, n := range []string{"a", "b", "c"} {
				ts = append(ts, create(cancelReport(pr, n, "woke", func() py.Awaiter { return ev.Wait() })))
			}
			return c.await(1, sleep(0))
		case 1:
			ts[1].Cancel(nil)
			return c.await(2, sleep(0))
		case 2:
			ev.Set()
			return c.await(3, must(asyncio.Gather(aws(ts[0], ts[1], ts[2]), true)))
		}
		pr(typeNames(v))
		return ret(nil)
	})
}

func sc58(pr printer) py.Coroutine {
	sem := must(asyncio.NewSemaphore(1))
	worker := func(name string) py.Coroutine {
		body := co("body", func(c *sm, _ py.Object, exc *py.Exc) step {
			if exc != nil {
				return raise(exc)
			}
			if c.pc == 0 {
				pr(name, "acquired")
				return c.await(1, sleep(0.01))
			}
			return ret(nil)
		})
		return cancelReport(pr, name, "", func() py.Awaiter { return withBlock(sem, body) })
	}
	var ts []*asyncio.Task
	return co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			ts = []*asyncio.Task{create(worker("w1")), create(worker("w2")), create(worker("w3"))}
			return c.await(1, sleep(0))
		case 1:
			pr("locked:", sem.Locked())
			ts[1].Cancel(nil)
			return c.await(2, must(asyncio.Gather(aws(ts[0], ts[1], ts[2]), true)))
		}
		pr(typeNames(v), "locked:", sem.Locked())
		return ret(nil)
	})
}

// TestOrderRealTime runs timer-heavy scenarios on the real-time loop too:
// their order depends only on deadlines, so it must match CPython's as well.
func TestOrderRealTime(t *testing.T) {
	all := map[string]scenario{}
	for _, list := range [][]scenario{basicScenarios, funcScenarios, edgeScenarios} {
		for _, sc := range list {
			all[sc.name] = sc
		}
	}
	for _, name := range []string{"04_gather_order", "05_gather_fail", "16_wait_for_timeout", "21_shield_outer_cancel",
		"23_wait_first_completed", "25_wait_timeout", "27_as_completed_timeout", "29_taskgroup_fail",
		"30_timeout_cm", "49_nested_timeouts"} {
		sc, ok := all[name]
		if !ok {
			t.Fatalf("no scenario %s", name)
		}
		sc.realTim = true
		t.Run(name, func(t *testing.T) { runScenario(t, sc) })
	}
}
