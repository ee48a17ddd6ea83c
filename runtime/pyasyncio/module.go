// Package pyasyncio is the Python face of runtime/asyncio: the asyncio
// module object compiled programs import, and the Python methods of tasks
// and futures. It converts Python arguments to the Go API and back.
package pyasyncio

import (
	"math"
	"os"

	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// Module returns a new asyncio module object.
func Module() *py.Module {
	m := &py.Module{Name: "asyncio", Attrs: map[string]py.Object{
		"TimeoutError":      py.TimeoutError,
		"CancelledError":    py.CancelledError,
		"InvalidStateError": py.InvalidStateError,
		"FIRST_COMPLETED":   "FIRST_COMPLETED",
		"FIRST_EXCEPTION":   "FIRST_EXCEPTION",
		"ALL_COMPLETED":     "ALL_COMPLETED",
		"Future":            asyncio.FutureClass,
		"Task":              asyncio.TaskClass,
	}}
	for name, fn := range functions {
		m.Attrs[name] = py.NewBuiltin(name, fn)
	}
	for name, v := range apiAttrs() {
		m.Attrs[name] = v
	}
	return m
}

type builtinFn = func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc)

var functions = map[string]builtinFn{
	"run":              run,
	"sleep":            sleep,
	"create_task":      createTask,
	"ensure_future":    ensureFuture,
	"gather":           gather,
	"wait_for":         waitFor,
	"wait":             wait,
	"as_completed":     asCompleted,
	"shield":           shield,
	"current_task":     currentTask,
	"all_tasks":        allTasks,
	"get_running_loop": getRunningLoop,
}

// coroutine checks that v is a coroutine, as asyncio.run and create_task do.
func coroutine(v py.Object) (py.Coroutine, *py.Exc) {
	if c, ok := v.(py.Coroutine); ok && c.Code().Kind == py.CoroutineCode {
		return c, nil
	}
	return nil, py.Errorf(py.TypeError, "a coroutine was expected, got %s", py.Repr(v))
}

// awaitable converts an argument of gather, wait, shield, ... to a
// py.Awaiter: a coroutine, a future, another awaitable of the runtime, or
// an object with __await__ (whose __await__ is called when it is first
// awaited).
func awaitable(v py.Object) (py.Awaiter, *py.Exc) {
	switch a := v.(type) {
	case *asyncio.Future, *asyncio.Task:
		return a.(py.Awaiter), nil
	case py.Coroutine:
		if a.Code().Kind == py.CoroutineCode {
			return a, nil
		}
	case py.Awaiter:
		// The runtime's other awaitables: an async generator's
		// __anext__()/asend()/athrow(), anext(it, default), ...
		return a, nil
	default:
		if _, e := py.GetAttr(v, "__await__"); e == nil {
			return &awaitObject{obj: v}, nil
		}
	}
	return nil, py.Errorf(py.TypeError, "An asyncio.Future, a coroutine or an awaitable is required")
}

func awaitables(items []py.Object) ([]py.Awaiter, *py.Exc) {
	out := make([]py.Awaiter, len(items))
	for i, v := range items {
		a, e := awaitable(v)
		if e != nil {
			return nil, e
		}
		out[i] = a
	}
	return out, nil
}

// timeoutArg converts a timeout argument: None means no timeout.
func timeoutArg(v py.Object) (float64, *py.Exc) {
	if v == nil || v == py.None {
		return asyncio.NoTimeout, nil
	}
	return py.ToFloat(v)
}

func run(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := py.BindArgs("run", args, kw, []string{"main", "debug"}, 1)
	if e != nil {
		return nil, e
	}
	c, ok := a[0].(py.Coroutine)
	if !ok || c.Code().Kind != py.CoroutineCode {
		// asyncio.Runner makes its loop before it looks at the argument.
		if _, e := asyncio.RunLocked(nil, loopOptions()...); e != nil {
			return nil, e
		}
		return nil, py.Errorf(py.ValueError, "a coroutine was expected, got %s", py.Repr(a[0]))
	}
	return asyncio.RunLocked(c, loopOptions()...)
}

// ClockEnv names the environment variable that selects the event loop's
// clock: "virtual" makes asyncio.run use the virtual-clock loop, which
// jumps to the next timer instead of sleeping (same order, no waiting).
const ClockEnv = "ASYNCGEN_CLOCK"

func loopOptions() []asyncio.Option {
	// The loop's error log goes through Python's stderr, which flushes
	// what the program printed first, so the two interleave as in CPython.
	opts := []asyncio.Option{asyncio.WithStderr(py.Stderr.Writer())}
	if os.Getenv(ClockEnv) == "virtual" {
		opts = append(opts, asyncio.WithVirtualClock())
	}
	return opts
}

func sleep(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := py.BindArgs("sleep", args, kw, []string{"delay", "result"}, 1)
	if e != nil {
		return nil, e
	}
	result := a[1]
	if result == nil {
		result = py.None
	}
	return sleepFor(a[0], result)
}

// sleepFor is asyncio.sleep(delay, result) once its arguments are bound.
func sleepFor(delay, result py.Object) (py.Coroutine, *py.Exc) {
	var d float64
	switch x := delay.(type) {
	case int:
		d = float64(x)
	case float64:
		d = x
	default:
		// CPython's sleep starts with "if delay <= 0", which rejects
		// what does not compare with numbers.
		if _, e := py.Le(delay, 0); e != nil {
			return nil, e
		}
		var e *py.Exc
		if d, e = py.ToFloat(delay); e != nil {
			return nil, e
		}
	}
	if math.IsNaN(d) {
		return nil, py.Errorf(py.ValueError, "Invalid delay: NaN (not a number)")
	}
	return asyncio.Sleep(d, result), nil
}

func createTask(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := py.BindArgs("create_task", args, kw, []string{"coro", "name", "context"}, 1)
	if e != nil {
		return nil, e
	}
	c, e := coroutine(a[0])
	if e != nil {
		return nil, e
	}
	if a[1] != nil && a[1] != py.None {
		return newTask(c, py.Str(a[1]))
	}
	return newTask(c)
}

// newTask is asyncio.create_task(c, name=...) once c is known to be a
// coroutine: without a running loop, c will never be awaited.
func newTask(c py.Coroutine, name ...string) (py.Object, *py.Exc) {
	t, e := asyncio.CreateTask(c, name...)
	if e != nil {
		asyncio.NoteNeverAwaited(py.Stderr.Writer(), c, e)
		return nil, e
	}
	return t, nil
}

func ensureFuture(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := py.BindArgs("ensure_future", args, kw, []string{"coro_or_future", "loop"}, 1)
	if e != nil {
		return nil, e
	}
	aw, e := awaitable(a[0])
	if e != nil {
		return nil, e
	}
	if l, ok := a[1].(*asyncio.EventLoop); ok {
		f, e := l.EnsureFuture(aw)
		if e != nil {
			return nil, e
		}
		return f.PyObject(), nil
	}
	if e := needLoop(); e != nil {
		return nil, e
	}
	f, e := asyncio.EnsureFuture(aw)
	if e != nil {
		return nil, e
	}
	return f.PyObject(), nil
}

func gather(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	returnExceptions := false
	for _, k := range kw {
		if k.Name != "return_exceptions" {
			return nil, py.Errorf(py.TypeError, "gather() got an unexpected keyword argument '%s'", k.Name)
		}
		b, e := py.Truth(k.Value)
		if e != nil {
			return nil, e
		}
		returnExceptions = b
	}
	return startGather(args, returnExceptions, false)
}

// startGather is asyncio.gather once its keywords are read. owned says
// that nobody else holds args, which gather then keeps (see
// asyncio.GatherInto).
func startGather(args []py.Object, returnExceptions, owned bool) (py.Object, *py.Exc) {
	if e := needLoop(); e != nil {
		return nil, e
	}
	var f *asyncio.Future
	var e *py.Exc
	if owned {
		f, e = asyncio.GatherInto(args, awaitable, returnExceptions)
	} else {
		f, e = asyncio.GatherOf(args, awaitable, returnExceptions)
	}
	if e != nil {
		return nil, e
	}
	return f, nil
}

func waitFor(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := py.BindArgs("wait_for", args, kw, []string{"fut", "timeout"}, 2)
	if e != nil {
		return nil, e
	}
	aw, e := awaitable(a[0])
	if e != nil {
		return nil, e
	}
	t, e := timeoutArg(a[1])
	if e != nil {
		return nil, e
	}
	return asyncio.WaitFor(aw, t), nil
}

func wait(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := py.BindArgs("wait", args, kw, []string{"fs", "timeout", "return_when"}, 1)
	if e != nil {
		return nil, e
	}
	items, e := py.ToSlice(a[0])
	if e != nil {
		return nil, e
	}
	if len(items) == 0 {
		return nil, py.Errorf(py.ValueError, "Set of Tasks/Futures is empty.")
	}
	aws, e := awaitables(items)
	if e != nil {
		return nil, e
	}
	t, e := timeoutArg(a[1])
	if e != nil {
		return nil, e
	}
	when := asyncio.AllCompleted
	if a[2] != nil {
		switch a[2] {
		case "ALL_COMPLETED":
		case "FIRST_COMPLETED":
			when = asyncio.FirstCompleted
		case "FIRST_EXCEPTION":
			when = asyncio.FirstException
		default:
			return nil, py.Errorf(py.ValueError, "Invalid return_when value: %s", py.Str(a[2]))
		}
	}
	return asyncio.Wait(aws, t, when), nil
}

func asCompleted(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := py.BindArgs("as_completed", args, kw, []string{"fs", "timeout"}, 1)
	if e != nil {
		return nil, e
	}
	items, e := py.ToSlice(a[0])
	if e != nil {
		return nil, e
	}
	aws, e := awaitables(items)
	if e != nil {
		return nil, e
	}
	t, e := timeoutArg(a[1])
	if e != nil {
		return nil, e
	}
	if e := needLoop(); e != nil {
		return nil, e
	}
	coros, e := asyncio.AsCompleted(aws, t)
	if e != nil {
		return nil, e
	}
	out := make([]py.Object, len(coros))
	for i, c := range coros {
		out[i] = c
	}
	return py.Iter(py.NewList(out...))
}

func shield(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := py.BindArgs("shield", args, kw, []string{"arg"}, 1)
	if e != nil {
		return nil, e
	}
	aw, e := awaitable(a[0])
	if e != nil {
		return nil, e
	}
	if e := needLoop(); e != nil {
		return nil, e
	}
	f, e := asyncio.Shield(aw)
	if e != nil {
		return nil, e
	}
	return f.PyObject(), nil
}

func currentTask(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := py.BindArgs("current_task", args, kw, []string{"loop"}, 0)
	if e != nil {
		return nil, e
	}
	var t *asyncio.Task
	if l, ok := a[0].(*asyncio.EventLoop); ok {
		t = l.CurrentTask()
	} else if t, e = asyncio.CurrentTask(); e != nil {
		return nil, e
	}
	if t == nil {
		return py.None, nil
	}
	return t, nil
}

func allTasks(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := py.BindArgs("all_tasks", args, kw, []string{"loop"}, 0)
	if e != nil {
		return nil, e
	}
	var ts []*asyncio.Task
	if l, ok := a[0].(*asyncio.EventLoop); ok {
		ts = l.AllTasks()
	} else if ts, e = asyncio.AllTasks(); e != nil {
		return nil, e
	}
	items := make([]py.Object, len(ts))
	for i, t := range ts {
		items[i] = t
	}
	s, e := py.NewSet(items...)
	if e != nil {
		return nil, e
	}
	return s, nil
}

func getRunningLoop(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if _, e := py.BindArgs("get_running_loop", args, kw, nil, 0); e != nil {
		return nil, e
	}
	l, e := asyncio.GetRunningLoop()
	if e != nil {
		return nil, e
	}
	return l, nil
}

// awaitObject awaits an object whose class defines __await__: the first
// resume calls __await__ and later ones drive what it returned, as
// CPython's await does. It is no coroutine: ensure_future wraps it in
// one (_wrap_awaitable).
type awaitObject struct {
	obj py.Object
	it  py.Awaiter
}

// Resume implements py.Awaiter.
func (a *awaitObject) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	if a.it == nil {
		if thrown != nil {
			return nil, py.Raised, thrown
		}
		r, e := py.CallMethod(a.obj, "__await__", nil, nil)
		if e != nil {
			return nil, py.Raised, e
		}
		switch x := r.(type) {
		case py.Awaiter:
			a.it = x
		case *py.Generator:
			a.it = x.Delegate()
		default:
			return nil, py.Raised, py.Errorf(py.TypeError, "__await__() returned non-iterator of type '%s'", py.TypeName(r))
		}
		sent = nil
	}
	return a.it.Resume(sent, thrown)
}
