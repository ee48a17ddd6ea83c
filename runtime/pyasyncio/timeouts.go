package pyasyncio

import (
	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// asyncio.timeout, asyncio.timeout_at and the methods of the Timeout they
// return; TaskGroup.create_task.

// whenArg converts a deadline or delay argument: None means never.
func whenArg(v py.Object) (float64, *py.Exc) {
	if v == py.None {
		return asyncio.NoTimeout, nil
	}
	return py.ToFloat(v)
}

// timeout is asyncio.timeout(delay).
func timeout(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := sig([]string{"delay"}).Bind("timeout", args, kw)
	if e != nil {
		return nil, e
	}
	d, e := whenArg(a[0])
	if e != nil {
		return nil, e
	}
	t, e := asyncio.Timeout(d)
	if e != nil {
		return nil, e
	}
	return t, nil
}

// timeoutAt is asyncio.timeout_at(when).
func timeoutAt(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := sig([]string{"when"}).Bind("timeout_at", args, kw)
	if e != nil {
		return nil, e
	}
	w, e := whenArg(a[0])
	if e != nil {
		return nil, e
	}
	return asyncio.TimeoutAt(w), nil
}

func init() {
	tc := asyncio.TimeoutClass
	defGo(tc, "when", "Timeout.when", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		w := a[0].(*asyncio.TimeoutCM).When()
		if w == asyncio.NoTimeout {
			return py.None, nil
		}
		return w, nil
	})
	defGo(tc, "reschedule", "Timeout.reschedule", sig([]string{"self", "when"}), func(a []py.Object) (py.Object, *py.Exc) {
		w, e := whenArg(a[1])
		if e != nil {
			return nil, e
		}
		return none(a[0].(*asyncio.TimeoutCM).Reschedule(w))
	})
	defGo(tc, "expired", "Timeout.expired", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		return a[0].(*asyncio.TimeoutCM).Expired(), nil
	})

	createTask := &py.Signature{
		Params:     []string{"self", "coro"},
		KwOnly:     []string{"name", "context"},
		KwDefaults: map[string]py.Object{"name": py.None, "context": py.None},
	}
	defGo(asyncio.TaskGroupClass, "create_task", "TaskGroup.create_task", createTask, func(a []py.Object) (py.Object, *py.Exc) {
		c, e := coroutine(a[1])
		if e != nil {
			return nil, e
		}
		tg := a[0].(*asyncio.TaskGroup)
		if a[2] != py.None {
			return tg.CreateTask(c, py.Str(a[2]))
		}
		return tg.CreateTask(c)
	})
}

// newTaskGroup is asyncio.TaskGroup().
func newTaskGroup(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if _, e := selfOnly.Bind("TaskGroup.__init__", append([]py.Object{py.None}, args...), kw); e != nil {
		return nil, e
	}
	return asyncio.NewTaskGroup(), nil
}
