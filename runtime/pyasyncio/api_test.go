package pyasyncio_test

import (
	"testing"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// TestAPI replays testdata/api/NAME.py for each scenario and compares the
// output with CPython's (testdata/regen.py writes the golden files).
func TestAPI(t *testing.T) {
	for _, sc := range []scenario{
		{"01_lock", lockScenario},
		{"02_event_condition", eventConditionScenario},
		{"03_semaphore", semaphoreScenario},
		{"04_queue", queueScenario},
		{"05_timeout", timeoutScenario},
		{"06_taskgroup", taskGroupScenario},
		{"07_future", futureScenario},
	} {
		t.Run(sc.name, func(t *testing.T) { runScenario(t, sc) })
	}
}

func typeInfo(x *env, o py.Object, cls py.Object) []py.Object {
	ok := x.must(py.IsInstance(o, cls))
	c := py.TypeOf(o)
	return []py.Object{ok, c.Name, x.must(py.GetAttr(c, "__module__"))}
}

func lockScenario(x *env) py.Coroutine {
	var lock, t1, t2 py.Object
	holder := func(name string) py.Object {
		return co(
			await(func() py.Object { return x.aenter(lock) }),
			await(func() py.Object {
				x.print(name, "in", x.m(lock, "locked"))
				return x.sleep(0.01)
			}),
			await(func() py.Object {
				x.print(name, "out")
				return x.aexit(lock, nil)
			}),
		)
	}
	return co(
		await(func() py.Object {
			lock = x.call("Lock")
			x.print(r(lock))
			return x.m(lock, "acquire")
		}),
		then(func(v py.Object) py.Object {
			x.print(v)
			x.print(r(lock), x.m(lock, "locked"))
			t1, t2 = x.task(holder("a")), x.task(holder("b"))
			return x.sleep(0)
		}),
		await(func() py.Object {
			x.print(r(lock))
			x.m(lock, "release")
			return x.call("gather", t1, t2)
		}),
		do(func() {
			x.print(r(lock), x.m(lock, "locked"))
			x.err(x.mErr(lock, "release"))
			x.err(x.callErr("Lock", 1))
			x.err(x.mErr(lock, "acquire", 2))
			x.print(typeInfo(x, lock, x.a("Lock"))...)
		}),
	)
}

func eventConditionScenario(x *env) py.Coroutine {
	var ev, cond, lock, c2, s py.Object
	var ts, ws []py.Object
	var box []py.Object
	waiter := func(name string) py.Object {
		return co(
			await(func() py.Object {
				x.print(name, "waits")
				return x.m(ev, "wait")
			}),
			then(func(v py.Object) py.Object {
				x.print(name, "got", v)
				return nil
			}),
		)
	}
	condWaiter := func(name string) py.Object {
		return co(
			await(func() py.Object { return x.aenter(cond) }),
			await(func() py.Object {
				x.print(name, "waits")
				return x.m(cond, "wait")
			}),
			then(func(v py.Object) py.Object {
				x.print(name, "woke", v)
				return x.aexit(cond, nil)
			}),
		)
	}
	setter := co(
		await(func() py.Object { return x.sleep(0.01) }),
		await(func() py.Object { return x.aenter(cond) }),
		await(func() py.Object {
			box = append(box, 5)
			x.m(cond, "notify_all")
			return x.aexit(cond, nil)
		}),
	)
	lenBox := py.NewBuiltin("<lambda>", func([]py.Object, []py.Kwarg) (py.Object, *py.Exc) { return len(box), nil })
	return co(
		await(func() py.Object {
			ev = x.call("Event")
			x.print(r(ev), x.m(ev, "is_set"))
			ts = []py.Object{x.task(waiter("x")), x.task(waiter("y"))}
			return x.sleep(0)
		}),
		await(func() py.Object {
			x.print(r(ev))
			x.m(ev, "set")
			x.print(r(ev), x.m(ev, "is_set"))
			return x.call("gather", ts...)
		}),
		await(func() py.Object {
			x.m(ev, "clear")
			x.print(r(ev), x.m(ev, "is_set"))
			cond = x.call("Condition")
			x.print(r(cond))
			ws = []py.Object{x.task(condWaiter("p")), x.task(condWaiter("q")), x.task(condWaiter("r"))}
			return x.sleep(0)
		}),
		await(func() py.Object {
			x.print(r(cond))
			return x.aenter(cond)
		}),
		await(func() py.Object {
			x.m(cond, "notify")
			x.print(r(cond), x.m(cond, "locked"))
			return x.aexit(cond, nil)
		}),
		await(func() py.Object { return x.sleep(0) }),
		await(func() py.Object { return x.aenter(cond) }),
		await(func() py.Object {
			x.m(cond, "notify_all")
			return x.aexit(cond, nil)
		}),
		await(func() py.Object { return x.call("gather", ws...) }),
		await(func() py.Object {
			x.err(x.mErr(cond, "notify"))
			return x.m(cond, "wait")
		}),
		catch(func(_ py.Object, exc *py.Exc) py.Object {
			x.err(exc)
			s = x.task(setter)
			return x.aenter(cond)
		}),
		await(func() py.Object { return x.m(cond, "wait_for", lenBox) }),
		then(func(v py.Object) py.Object {
			x.print("wait_for", v)
			return x.aexit(cond, nil)
		}),
		await(func() py.Object { return s }),
		await(func() py.Object {
			lock = x.call("Lock")
			c2 = x.call("Condition", lock)
			return x.m(lock, "acquire")
		}),
		do(func() {
			x.print(x.m(c2, "locked"), r(c2))
			x.m(lock, "release")
			x.print(x.m(c2, "locked"))
		}),
	)
}

func semaphoreScenario(x *env) py.Coroutine {
	var sem, b py.Object
	var ts []py.Object
	worker := func(name string) py.Object {
		return co(
			await(func() py.Object { return x.aenter(sem) }),
			await(func() py.Object {
				x.print(name, "in", r(sem))
				return x.sleep(0.01)
			}),
			await(func() py.Object { return x.aexit(sem, nil) }),
			do(func() { x.print(name, "out") }),
		)
	}
	return co(
		await(func() py.Object {
			sem = x.call("Semaphore", 2)
			x.print(r(sem), x.m(sem, "locked"))
			ts = []py.Object{x.task(worker("a")), x.task(worker("b")), x.task(worker("c"))}
			return x.sleep(0)
		}),
		await(func() py.Object {
			x.print(r(sem), x.m(sem, "locked"))
			return x.call("gather", ts...)
		}),
		await(func() py.Object {
			x.print(r(sem))
			return x.m(sem, "acquire")
		}),
		then(func(v py.Object) py.Object {
			x.print(v, r(sem))
			x.m(sem, "release")
			x.m(sem, "release")
			x.print(r(sem))
			b = x.call("BoundedSemaphore")
			x.print(r(b), x.must(py.IsInstance(b, x.a("Semaphore"))))
			x.err(x.mErr(b, "release"))
			x.err(x.callErr("Semaphore", -1))
			x.err(x.callErr("Semaphore", 1, 2))
			return nil
		}),
	)
}

func queueScenario(x *env) py.Coroutine {
	var q, p, g, lq, pq, jq, c py.Object
	consumer := func(q py.Object, name string) py.Object {
		var loop []step
		for range 3 {
			loop = append(loop,
				await(func() py.Object { return x.m(q, "get") }),
				then(func(v py.Object) py.Object {
					x.print(name, "got", v)
					x.m(q, "task_done")
					return nil
				}))
		}
		return co(loop...)
	}
	str := func(o py.Object) string { return py.Str(o) }
	putAll := func(q func() py.Object, vs ...py.Object) []step {
		var out []step
		for _, v := range vs {
			out = append(out, await(func() py.Object { return x.m(q(), "put", v) }))
		}
		return out
	}
	steps := []step{
		await(func() py.Object {
			q = x.call("Queue", 2)
			x.print(r(q), str(q), x.must(py.GetAttr(q, "maxsize")), x.m(q, "qsize"), x.m(q, "empty"), x.m(q, "full"))
			x.m(q, "put_nowait", 1)
			x.m(q, "put_nowait", "two")
			x.print(str(q), x.m(q, "qsize"), x.m(q, "empty"), x.m(q, "full"))
			x.errRepr(x.mErr(q, "put_nowait", 3))
			p = x.task(x.m(q, "put", 3))
			return x.sleep(0)
		}),
		await(func() py.Object {
			x.print(str(q))
			v := x.m(q, "get_nowait")
			x.print(v, str(q))
			return p
		}),
		await(func() py.Object {
			x.print(str(q))
			return x.m(q, "get")
		}),
		then(func(v py.Object) py.Object {
			return &chain{first: v, aw: x.m(q, "get").(py.Awaiter)}
		}),
		then(func(v py.Object) py.Object {
			pair := v.(py.Tuple)
			x.print(pair[0], pair[1])
			x.errRepr(x.mErr(q, "get_nowait"))
			g = x.task(x.m(q, "get"))
			return x.sleep(0)
		}),
		await(func() py.Object {
			x.print(str(q))
			return x.m(q, "put", "x")
		}),
		await(func() py.Object { return g }),
		then(func(v py.Object) py.Object {
			x.print(v, str(q))
			for range 4 {
				x.m(q, "task_done")
			}
			x.errRepr(x.mErr(q, "task_done"))
			lq, pq = x.call("LifoQueue"), x.call("PriorityQueue")
			for _, v := range []py.Object{3, 1, 2} {
				x.m(lq, "put_nowait", v)
				x.m(pq, "put_nowait", v)
			}
			x.print(str(lq), str(pq), py.TypeOf(pq).Name, x.must(py.IsInstance(pq, x.a("Queue"))))
			var ls, ps []py.Object
			for range 3 {
				ls = append(ls, x.m(lq, "get_nowait"))
			}
			for range 3 {
				ps = append(ps, x.m(pq, "get_nowait"))
			}
			x.print(py.NewList(ls...), py.NewList(ps...))
			jq = x.call("Queue")
			c = x.task(consumer(jq, "c"))
			return nil
		}),
	}
	steps = append(steps, putAll(func() py.Object { return jq }, "a", "b", py.None)...)
	steps = append(steps,
		await(func() py.Object { return x.m(jq, "join") }),
		await(func() py.Object {
			x.print("joined", str(jq))
			return c
		}),
		do(func() {
			x.errRepr(x.callErr("Queue", 1, 2))
			x.errRepr(x.mErr(q, "put"))
		}),
	)
	return co(steps...)
}

// chain awaits aw and returns (first, result): "(a, await b)" after a was
// awaited.
type chain struct {
	first py.Object
	aw    py.Awaiter
}

func (c *chain) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	r, st, e := c.aw.Resume(sent, thrown)
	if st == py.Returned {
		return py.Tuple{c.first, r}, st, nil
	}
	return r, st, e
}

func timeoutScenario(x *env) py.Coroutine {
	var loop, cm, t py.Object
	now := func() float64 { return x.m(loop, "time").(float64) }
	return co(
		await(func() py.Object {
			loop = x.call("get_running_loop")
			cm = x.call("timeout", 0.05)
			return x.aenter(cm)
		}),
		await(func() py.Object {
			x.print(len(r(cm)) > 0 && r(cm)[:len("<Timeout [active] when=")] == "<Timeout [active] when=", x.m(cm, "expired"))
			return x.sleep(1)
		}),
		catch(func(_ py.Object, exc *py.Exc) py.Object { return x.aexit(cm, exc) }),
		catch(func(_ py.Object, exc *py.Exc) py.Object {
			if exc == nil || !exc.Matches(py.TimeoutError) {
				x.t.Errorf("want TimeoutError, got %v", exc)
				return nil
			}
			x.print("timed out", exc.Class.Name, r(cm), x.m(cm, "expired"))
			cm = x.call("timeout", py.None)
			return x.aenter(cm)
		}),
		then(func(v py.Object) py.Object {
			x.print(r(v), x.m(cm, "when"))
			x.m(cm, "reschedule", now()+0.01)
			x.print(x.m(cm, "when").(float64) > now())
			x.m(cm, "reschedule", py.None)
			return x.sleep(0.02)
		}),
		await(func() py.Object { return x.aexit(cm, nil) }),
		await(func() py.Object {
			x.print(r(cm), x.m(cm, "expired"))
			t = x.call("timeout_at", now()+0.01)
			x.print(r(t))
			x.err(x.mErr(t, "reschedule", 1))
			return x.aenter(t)
		}),
		await(func() py.Object { return x.sleep(0.1) }),
		catch(func(_ py.Object, exc *py.Exc) py.Object { return x.aexit(t, exc) }),
		catch(func(_ py.Object, exc *py.Exc) py.Object {
			if exc == nil || !exc.Matches(py.TimeoutError) {
				x.t.Errorf("want TimeoutError, got %v", exc)
			}
			x.print("timeout_at expired", x.m(t, "expired"), r(t))
			x.err(x.mErr(t, "reschedule", py.None))
			return x.aenter(t)
		}),
		catch(func(_ py.Object, exc *py.Exc) py.Object {
			x.err(exc)
			x.print(x.a("TimeoutError") == py.Object(py.TimeoutError), x.must(py.GetAttr(x.a("Timeout"), "__name__")))
			x.err(x.callErr("timeout"))
			return nil
		}),
	)
}

func taskGroupScenario(x *env) py.Coroutine {
	var tg, a, b, c, d py.Object
	job := func(n int, fail bool) py.Object {
		return co(
			await(func() py.Object { return x.sleep(float64(n) / 100) }),
			await(func() py.Object {
				if fail {
					return raised{py.NewExc(py.ValueError, py.Str("job "+py.Str(n)+" failed"))}
				}
				x.print("job", n, "done")
				return returned{n * 10}
			}),
		)
	}
	var steps []step
	steps = append(steps,
		await(func() py.Object {
			tg = x.call("TaskGroup")
			return x.aenter(tg)
		}),
		then(func(v py.Object) py.Object {
			tg = v
			x.print(r(tg))
			a = x.mkw(tg, "create_task", []py.Object{job(2, false)}, py.Kwarg{Name: "name", Value: "two"})
			b = x.m(tg, "create_task", job(1, false))
			x.print(x.m(a, "get_name"), r(tg))
			return x.aexit(tg, nil)
		}),
		await(func() py.Object {
			x.print(x.m(a, "result"), x.m(b, "result"), r(tg))
			tg = x.call("TaskGroup")
			return x.aenter(tg)
		}),
		then(func(py.Object) py.Object {
			c = x.m(tg, "create_task", job(1, true))
			d = x.m(tg, "create_task", job(5, false))
			return x.aexit(tg, nil)
		}),
		catch(func(_ py.Object, exc *py.Exc) py.Object {
			if exc == nil || !exc.Matches(py.BaseExceptionGroup) {
				x.t.Errorf("want an ExceptionGroup, got %v", exc)
				return nil
			}
			x.print("caught", r(x.must(py.GetAttr(exc, "exceptions"))))
			x.print(x.m(c, "done"), x.m(d, "cancelled"))
			tg = x.call("TaskGroup")
			coro := job(0, false)
			x.err(x.mErr(tg, "create_task", coro))
			x.err(x.mErr(tg, "create_task"))
			x.err(x.callErr("TaskGroup", 1))
			return nil
		}),
	)
	return co(steps...)
}

func futureScenario(x *env) py.Coroutine {
	var loop, fut, f2, f3, c, t py.Object
	cb := py.NewBuiltin("cb", func(args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		x.print("cb", x.m(args[0], "result"))
		return py.None, nil
	})
	childCode := &py.Code{Name: "child", QualName: "child", File: "FILE", FirstLine: 1, Kind: py.CoroutineCode}
	child := &py.Function{Name: "child", QualName: "child", Code: childCode}
	return co(
		await(func() py.Object {
			loop = x.call("get_running_loop")
			fut = x.m(loop, "create_future")
			x.print(x.m(fut, "done"), x.m(fut, "cancelled"), r(fut))
			x.err(x.mErr(fut, "result"))
			x.err(x.mErr(fut, "exception"))
			x.m(fut, "add_done_callback", cb)
			x.m(fut, "add_done_callback", cb)
			x.print(x.m(fut, "remove_done_callback", cb), x.m(fut, "remove_done_callback", cb))
			x.m(fut, "add_done_callback", cb)
			x.m(fut, "set_result", 42)
			x.err(x.mErr(fut, "set_result", 1))
			return x.sleep(0)
		}),
		await(func() py.Object {
			x.print(x.m(fut, "result"), x.m(fut, "exception"), py.TypeOf(x.m(fut, "get_loop")).Name)
			f2 = x.m(loop, "create_future")
			x.m(f2, "set_exception", x.must(py.Call(py.KeyError, []py.Object{"k"}, nil)))
			x.print(r(x.m(f2, "exception")))
			return f2
		}),
		catch(func(_ py.Object, exc *py.Exc) py.Object {
			x.print("raised", r(exc))
			f3 = x.m(loop, "create_future")
			x.print(x.m(f3, "cancel", "stop"), x.m(f3, "cancel"), x.m(f3, "cancelled"))
			x.err(x.mErr(f3, "result"))
			c = co(await(func() py.Object { return x.sleep(1) }))
			x.print(x.call("iscoroutine", c), x.call("isfuture", c), x.call("isfuture", fut))
			t = x.must(py.Call(x.a("create_task"), []py.Object{c}, []py.Kwarg{{Name: "name", Value: "kid"}}))
			x.print(x.call("isfuture", t), x.call("iscoroutine", t), x.m(t, "get_coro") == c)
			return x.sleep(0)
		}),
		await(func() py.Object {
			x.print(x.mkw(t, "cancel", nil, py.Kwarg{Name: "msg", Value: "bye"}))
			return t
		}),
		catch(func(_ py.Object, exc *py.Exc) py.Object {
			x.err(exc)
			x.print(x.m(t, "cancelled"), x.m(t, "done"))
			return x.call("sleep", 0.01, "slept")
		}),
		then(func(v py.Object) py.Object {
			return &chain{first: v, aw: x.call("sleep", 0, "zero").(py.Awaiter)}
		}),
		then(func(v py.Object) py.Object {
			pair := v.(py.Tuple)
			x.print(pair[0], pair[1])
			x.print(x.call("iscoroutinefunction", child), x.call("iscoroutinefunction", cb))
			mro := x.must(py.GetAttr(x.a("QueueEmpty"), "__mro__")).(py.Tuple)
			x.print(py.Object(x.a("CancelledError").(*py.Class).IsSubclass(py.BaseException)), mro[1].(*py.Class).Name)
			f4 := x.call("Future")
			x.print(r(f4), x.must(py.IsInstance(f4, x.a("Future"))), r(x.call("Timeout", py.None)))
			x.print(x.must(py.IsInstance(x.call("TaskGroup"), x.a("TaskGroup"))))
			x.err(x.callErr("Future", 1))
			_, e := py.Call(x.a("Future"), nil, []py.Kwarg{{Name: "x", Value: 1}})
			x.err(e)
			x.err(x.callErr("Timeout"))
			return nil
		}),
	)
}
