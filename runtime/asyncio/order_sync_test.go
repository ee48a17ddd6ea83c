package asyncio_test

import (
	"testing"

	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

var syncScenarios = []scenario{
	{name: "31_queue_producer_consumer", main: sc31},
	{name: "32_queue_join", main: sc32},
	{name: "33_queue_kinds", main: sc33},
	{name: "34_lock_fifo", main: sc34},
	{name: "35_event", main: sc35},
	{name: "36_condition", main: sc36},
	{name: "37_semaphore", main: sc37},
	{name: "38_names", main: sc38},
	{name: "39_timers", main: sc39},
	{name: "40_teardown", main: sc40, after: func(pr printer, v py.Object, exc *py.Exc) {
		if exc != nil {
			pr("unexpected", exc)
		}
		pr(v)
		pr("after run")
	}},
	{name: "41_reawait_task", main: sc41},
	{name: "42_to_thread", main: sc42},
	{name: "42_to_thread", main: sc42, realTim: true},
	{name: "39_timers", main: sc39, realTim: true},
}

func TestOrderSync(t *testing.T) {
	for _, sc := range syncScenarios {
		name := sc.name
		if sc.realTim {
			name += "_realtime"
		}
		t.Run(name, func(t *testing.T) { runScenario(t, sc) })
	}
}

func sc31(pr printer) py.Coroutine {
	q := asyncio.NewQueue(2)
	i := 0
	producer := co("producer", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		switch {
		case i < 5:
			pr("put", i)
			i++
			return c.await(0, q.Put(i-1))
		case c.pc == 0:
			return c.await(1, q.Put(nil))
		}
		return ret(nil)
	})
	consumer := co("consumer", func(c *sm, v py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 1 {
			if v == nil {
				return ret(nil)
			}
			pr("got", v)
		}
		return c.await(1, q.Get())
	})
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			return c.await(1, must(asyncio.Gather(aws(producer, consumer), false)))
		}
		return ret(nil)
	})
}

func sc32(pr printer) py.Coroutine {
	q := asyncio.NewQueue(0)
	worker := func(name string) py.Coroutine {
		var item py.Object
		return co("worker", func(c *sm, v py.Object, exc *py.Exc) step {
			if exc != nil {
				return raise(exc)
			}
			switch c.pc {
			case 1:
				item = v
				return c.await(2, sleep(0))
			case 2:
				pr(name, "processed", item)
				if e := q.TaskDone(); e != nil {
					return raise(e)
				}
			}
			return c.await(1, q.Get())
		})
	}
	var ws []*asyncio.Task
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			for i := 0; i < 4; i++ {
				_ = q.PutNowait(i)
			}
			ws = []*asyncio.Task{create(worker("w1")), create(worker("w2"))}
			return c.await(1, q.Join())
		}
		pr("all processed")
		for _, w := range ws {
			w.Cancel(nil)
		}
		pr("ValueError:", q.TaskDone())
		return ret(nil)
	})
}

func sc33(pr printer) py.Coroutine {
	return fn("main", func() (py.Object, *py.Exc) {
		q := asyncio.NewQueue(1)
		_ = q.PutNowait("a")
		if e := q.PutNowait("b"); e != nil && e.Matches(asyncio.QueueFull) {
			pr("QueueFull", q.Full(), q.Qsize())
		}
		_, _ = q.GetNowait()
		if _, e := q.GetNowait(); e != nil && e.Matches(asyncio.QueueEmpty) {
			pr("QueueEmpty", q.Empty())
		}
		lq := asyncio.NewLifoQueue(0)
		pq := asyncio.NewPriorityQueue(0, func(a, b py.Object) (bool, *py.Exc) { return a.(int) < b.(int), nil })
		for _, x := range []int{3, 1, 4, 1, 5, 9, 2, 6} {
			_ = lq.PutNowait(x)
			_ = pq.PutNowait(x)
		}
		drain := func(q *asyncio.Queue) string {
			var out []py.Object
			for !q.Empty() {
				out = append(out, must(q.GetNowait()))
			}
			return listRepr(out)
		}
		pr("lifo", drain(lq))
		pr("priority", drain(pq))
		return nil, nil
	})
}

func sc34(pr printer) py.Coroutine {
	lock := asyncio.NewLock()
	user := func(name string) py.Coroutine {
		return co("user", func(c *sm, _ py.Object, exc *py.Exc) step {
			switch c.pc {
			case 0:
				pr(name, "wants the lock")
				return c.await(1, lock.AEnter())
			case 1:
				if exc != nil {
					return raise(exc)
				}
				pr(name, "has the lock")
				return c.await(2, sleep(0.01))
			}
			if exc != nil {
				return raise(exc)
			}
			pr(name, "releases")
			return ret(nil)
		})
	}
	// async with: the body's outcome goes through __aexit__.
	withLock := func(name string) py.Coroutine {
		var bodyExc *py.Exc
		inner := user(name)
		return co("user", func(c *sm, _ py.Object, exc *py.Exc) step {
			switch c.pc {
			case 0:
				return c.await(1, inner)
			case 1:
				bodyExc = exc
				return c.await(2, lock.AExit(exc))
			}
			if exc != nil {
				return raise(exc)
			}
			if bodyExc != nil {
				return raise(bodyExc)
			}
			return ret(nil)
		})
	}
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			return c.await(1, must(asyncio.Gather(aws(withLock("a"), withLock("b"), withLock("c")), false)))
		}
		pr("locked at end:", lock.Locked())
		pr("RuntimeError:", lock.Release())
		return ret(nil)
	})
}

func sc35(pr printer) py.Coroutine {
	ev := asyncio.NewEvent()
	waiter := func(name string) py.Coroutine {
		return co("waiter", func(c *sm, _ py.Object, exc *py.Exc) step {
			if exc != nil {
				return raise(exc)
			}
			if c.pc == 0 {
				pr(name, "waits")
				return c.await(1, ev.Wait())
			}
			pr(name, "woke")
			return ret(nil)
		})
	}
	var ts []py.Awaiter
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			ts = aws(create(waiter("x")), create(waiter("y")), create(waiter("z")))
			return c.await(1, sleep(0))
		case 1:
			pr("setting")
			ev.Set()
			pr("set done", ev.IsSet())
			return c.await(2, must(asyncio.Gather(ts, false)))
		}
		ev.Clear()
		pr("cleared", ev.IsSet())
		return ret(nil)
	})
}

// boxRepr is repr() of a list of ints.
func boxRepr(box []int) string {
	objs := make([]py.Object, len(box))
	for i, b := range box {
		objs[i] = b
	}
	return listRepr(objs)
}

func sc36(pr printer) py.Coroutine {
	cond := asyncio.NewCondition(nil)
	var box []int
	consumer := func(name string) py.Coroutine {
		var bodyExc *py.Exc
		return co("consumer", func(c *sm, _ py.Object, exc *py.Exc) step {
			switch c.pc {
			case 0:
				return c.await(1, cond.AEnter())
			case 1:
				if exc != nil {
					return raise(exc)
				}
				pr(name, "waits")
				return c.await(2, cond.Wait())
			case 2:
				if exc == nil {
					pr(name, "notified, box:", boxRepr(box))
				}
				bodyExc = exc
				return c.await(3, cond.AExit(exc))
			}
			if exc != nil {
				return raise(exc)
			}
			if bodyExc != nil {
				return raise(bodyExc)
			}
			return ret(nil)
		})
	}
	var ts []py.Awaiter
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			ts = aws(create(consumer("c1")), create(consumer("c2")), create(consumer("c3")))
			return c.await(1, sleep(0))
		case 1:
			return c.await(2, cond.AEnter())
		case 2:
			box = append(box, 1)
			if e := cond.Notify(1); e != nil {
				return raise(e)
			}
			pr("notified one")
			return c.await(3, cond.AExit(nil))
		case 3:
			return c.await(4, sleep(0.01))
		case 4:
			return c.await(5, cond.AEnter())
		case 5:
			box = append(box, 2)
			if e := cond.NotifyAll(); e != nil {
				return raise(e)
			}
			pr("notified all")
			return c.await(6, cond.AExit(nil))
		case 6:
			return c.await(7, must(asyncio.Gather(ts, false)))
		}
		pr("RuntimeError:", cond.Notify(1))
		return ret(nil)
	})
}

func sc37(pr printer) py.Coroutine {
	sem := must(asyncio.NewSemaphore(2))
	worker := func(name string) py.Coroutine {
		return co("worker", func(c *sm, _ py.Object, exc *py.Exc) step {
			if exc != nil {
				return raise(exc)
			}
			switch c.pc {
			case 0:
				return c.await(1, sem.AEnter())
			case 1:
				pr(name, "in")
				return c.await(2, sleep(0.01))
			case 2:
				pr(name, "out")
				return c.await(3, sem.AExit(nil))
			}
			return ret(nil)
		})
	}
	b := must(asyncio.NewBoundedSemaphore(1))
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			return c.await(1, must(asyncio.Gather(aws(worker("w0"), worker("w1"), worker("w2"), worker("w3")), false)))
		case 1:
			return c.await(2, b.Acquire())
		}
		_ = b.Release()
		pr("ValueError:", b.Release())
		return ret(nil)
	})
}

func sc38(pr printer) py.Coroutine {
	child := func() py.Coroutine {
		return fn("child", func() (py.Object, *py.Exc) {
			pr("child is", must(asyncio.CurrentTask()).Name())
			return nil, nil
		})
	}
	var t2 *asyncio.Task
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			pr("main is", must(asyncio.CurrentTask()).Name())
			t := create(child())
			n := create(child(), "named")
			return c.await(1, must(asyncio.Gather(aws(t, n, child()), false)))
		case 1:
			t2 = create(child())
			pr("next task", t2.Name())
			t2.SetName("renamed")
			return c.await(2, t2)
		}
		pr("tasks alive", len(must(asyncio.AllTasks())))
		return ret(nil)
	})
}

func sc39(pr printer) py.Coroutine {
	var done *asyncio.Future
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			l := runningLoop()
			done = l.CreateFuture()
			l.CallLater(0.03, prf(pr, "timer 30ms"))
			l.CallLater(0.01, prf(pr, "timer 10ms"))
			h := l.CallLater(0.02, prf(pr, "never: cancelled"))
			l.CallLater(0.02, prf(pr, "timer 20ms"))
			l.CallSoon(prf(pr, "soon"))
			l.CallLater(0.04, func() *py.Exc { return done.SetResult(py.None) })
			h.Cancel()
			pr("cancelled:", h.Cancelled())
			return c.await(1, done)
		}
		pr("end")
		return ret(nil)
	})
}

func sc40(pr printer) py.Coroutine {
	leftover := func() py.Coroutine {
		return co("leftover", func(c *sm, _ py.Object, exc *py.Exc) step {
			if c.pc == 0 {
				pr("leftover started")
				return c.await(1, sleep(10))
			}
			pr("leftover finally")
			if exc != nil {
				return raise(exc)
			}
			return ret(nil)
		})
	}
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			create(leftover())
			return c.await(1, sleep(0))
		}
		never := fn("never", func() (py.Object, *py.Exc) { pr("not printed"); return nil, nil })
		runningLoop().CallSoon(func() *py.Exc { _, e := asyncio.EnsureFuture(never); return e })
		create(leftover())
		pr("main returns")
		return ret("main result")
	})
}

func sc41(pr printer) py.Coroutine {
	value := co("value", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			return c.await(1, sleep(0))
		}
		return ret(42)
	})
	boom := fn("boom", func() (py.Object, *py.Exc) { return nil, py.NewExc(py.ValueError, "once") })
	var t, b *asyncio.Task
	var first py.Object
	var errs []*py.Exc
	return co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		switch c.pc {
		case 0:
			t = create(value)
			return c.await(1, t)
		case 1:
			first = v
			return c.await(2, t)
		case 2:
			pr(first, v)
			b = create(boom)
			return c.await(3, b)
		case 3:
			errs = append(errs, exc)
			return c.await(4, b)
		case 4:
			errs = append(errs, exc)
			pr(errs[0] == errs[1], errs[0])
			return c.await(5, asyncio.Sleep(0.01, "slept"))
		}
		if exc != nil {
			return raise(exc)
		}
		pr(v)
		return ret(nil)
	})
}

func sc42(pr printer) py.Coroutine {
	blocking := func(x int) func() (py.Object, *py.Exc) {
		return func() (py.Object, *py.Exc) { return x * 2, nil }
	}
	return co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			return c.await(1, asyncio.ToThread(blocking(21)))
		case 1:
			pr(v)
			return c.await(2, must(runningLoop().RunInExecutor(blocking(5))))
		}
		pr(v)
		return ret(nil)
	})
}

func TestOrderNamesTwoRuns(t *testing.T) {
	runScenario(t, scenario{name: "45_names_two_runs", main: sc45, after: func(pr printer, _ py.Object, exc *py.Exc) {
		if exc != nil {
			pr("unexpected", exc)
		}
		if _, exc := asyncio.Run(sc45(pr), asyncio.WithVirtualClock()); exc != nil {
			pr("unexpected", exc)
		}
	}})
}

func sc45(pr printer) py.Coroutine {
	noop := func() py.Coroutine {
		return fn("noop", func() (py.Object, *py.Exc) { return must(asyncio.CurrentTask()).Name(), nil })
	}
	return co("main", func(c *sm, v py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		switch c.pc {
		case 0:
			pr(must(asyncio.CurrentTask()).Name())
			pr(create(noop(), "mine").Name())
			pr(runningLoop().CreateTask(noop(), "via-loop").Name())
			return c.await(1, create(noop()))
		case 1:
			pr(v)
			return c.await(2, must(asyncio.Gather(aws(noop(), noop()), false)))
		case 2:
			pr(listRepr(items(v)))
			return c.await(3, asyncio.WaitFor(noop(), 1))
		case 3:
			pr(v)
			return c.await(4, must(asyncio.Shield(noop())))
		case 4:
			pr(v)
			return c.await(5, noop())
		}
		pr(v)
		pr(len(must(asyncio.AllTasks())))
		return ret(nil)
	})
}
