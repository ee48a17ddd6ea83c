package futures

import (
	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// Module is the concurrent.futures module object; Package is the
// concurrent package holding it (import concurrent.futures binds
// "concurrent").
var (
	Module  = newModule()
	Package = &py.Module{Name: "concurrent", Attrs: map[string]py.Object{"futures": Module}}
)

// The return_when constants are strings, as in CPython.
const (
	firstCompleted = "FIRST_COMPLETED"
	firstException = "FIRST_EXCEPTION"
	allCompleted   = "ALL_COMPLETED"
)

func newModule() *py.Module {
	fn := func(name string, f func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc)) *py.Function {
		b := py.NewBuiltin(name, f)
		b.Module = "concurrent.futures._base"
		b.Builtin = false
		return b
	}
	base := &py.Module{Name: "concurrent.futures._base", Attrs: map[string]py.Object{}}
	thread := &py.Module{Name: "concurrent.futures.thread", Attrs: map[string]py.Object{
		"ThreadPoolExecutor": ThreadPoolExecutorClass,
		"BrokenThreadPool":   BrokenThreadPool,
	}}
	process := &py.Module{Name: "concurrent.futures.process", Attrs: map[string]py.Object{
		"ProcessPoolExecutor": ProcessPoolExecutorClass,
		"BrokenProcessPool":   BrokenProcessPool,
	}}
	m := &py.Module{Name: "concurrent.futures", Attrs: map[string]py.Object{
		"Future":              FutureClass,
		"Executor":            ExecutorClass,
		"ThreadPoolExecutor":  ThreadPoolExecutorClass,
		"ProcessPoolExecutor": ProcessPoolExecutorClass,
		"CancelledError":      CancelledError,
		"TimeoutError":        py.TimeoutError,
		"InvalidStateError":   InvalidStateError,
		"BrokenExecutor":      BrokenExecutor,
		"FIRST_COMPLETED":     firstCompleted,
		"FIRST_EXCEPTION":     firstException,
		"ALL_COMPLETED":       allCompleted,
		"wait":                fn("wait", waitFn),
		"as_completed":        fn("as_completed", asCompletedFn),
		"_base":               base,
		"thread":              thread,
		"process":             process,
	}}
	for _, k := range []string{"Future", "Executor", "CancelledError", "TimeoutError", "InvalidStateError",
		"BrokenExecutor", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "wait", "as_completed"} {
		base.Attrs[k] = m.Attrs[k]
	}
	base.Attrs["Error"] = Error
	return m
}

// futuresArg converts the fs argument of wait and as_completed.
func futuresArg(v py.Object) ([]*Future, *py.Exc) {
	items, e := py.ToSlice(v)
	if e != nil {
		return nil, e
	}
	fs := make([]*Future, len(items))
	for i, it := range items {
		f, ok := it.(*Future)
		if !ok {
			return nil, py.Errorf(py.TypeError, "concurrent.futures.Future is expected, got %s", py.Repr(it))
		}
		fs[i] = f
	}
	return fs, nil
}

func futureSet(fs []*Future) (*py.Set, *py.Exc) {
	items := make([]py.Object, len(fs))
	for i, f := range fs {
		items[i] = f
	}
	return py.NewSet(items...)
}

// waitFn is concurrent.futures.wait(fs, timeout=None,
// return_when=ALL_COMPLETED): a (done, not_done) pair of sets.
func waitFn(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := py.BindArgs("wait", args, kw, []string{"fs", "timeout", "return_when"}, 1)
	if e != nil {
		return nil, e
	}
	fs, e := futuresArg(a[0])
	if e != nil {
		return nil, e
	}
	t, e := timeoutArg(a[1])
	if e != nil {
		return nil, e
	}
	when := AllCompleted
	if a[2] != nil {
		switch a[2] {
		case allCompleted:
		case firstCompleted:
			when = FirstCompleted
		case firstException:
			when = FirstException
		default:
			return nil, py.Errorf(py.ValueError, "Invalid return condition: %s", py.Repr(a[2]))
		}
	}
	var done, notDone []*Future
	gil.Blocking(func() { done, notDone = Wait(fs, t, when) })
	ds, e := futureSet(done)
	if e != nil {
		return nil, e
	}
	ns, e := futureSet(notDone)
	if e != nil {
		return nil, e
	}
	return py.Tuple{ds, ns}, nil
}

// asCompletedFn is concurrent.futures.as_completed(fs, timeout=None).
func asCompletedFn(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := py.BindArgs("as_completed", args, kw, []string{"fs", "timeout"}, 1)
	if e != nil {
		return nil, e
	}
	fs, e := futuresArg(a[0])
	if e != nil {
		return nil, e
	}
	t, e := timeoutArg(a[1])
	if e != nil {
		return nil, e
	}
	c := AsCompleted(fs, t)
	return py.NewFuncIter("generator", func() (py.Object, bool, *py.Exc) {
		var f *Future
		var ok bool
		var exc *py.Exc
		if len(c.ready) > 0 {
			f, ok, exc = c.Next()
		} else {
			gil.Blocking(func() { f, ok, exc = c.Next() })
		}
		if !ok {
			return nil, false, exc
		}
		return f, true, nil
	}), nil
}
