package futures_test

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/runtime/futures"
	"github.com/asyncgen/asyncgen/runtime/py"
)

var address = regexp.MustCompile(`0x[0-9a-f]+`)

// replay collects the lines a replayed script prints, as surface.py's
// show() does.
type replay struct {
	t     *testing.T
	lines []string
}

func (r *replay) show(args ...py.Object) {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = address.ReplaceAllString(py.Str(a), "0x?")
	}
	r.lines = append(r.lines, strings.Join(parts, " "))
}

// must returns v, failing the test on an exception.
func (r *replay) must(v py.Object, exc *py.Exc) py.Object {
	r.t.Helper()
	if exc != nil {
		r.t.Fatalf("unexpected exception %s", py.FormatTraceback(exc))
	}
	return v
}

// err is surface.py's err(): it shows the exception the call raises.
func (r *replay) err(v py.Object, exc *py.Exc) {
	r.t.Helper()
	if exc == nil {
		r.t.Fatalf("no exception; returned %s", py.Repr(v))
	}
	r.show("raised", exc.Class.Module, exc.Class.Name, py.Repr(exc))
}

func (r *replay) call(o py.Object, name string, args ...py.Object) py.Object {
	r.t.Helper()
	return r.must(py.CallMethod(o, name, args, nil))
}

func (r *replay) attr(o py.Object, name string) py.Object {
	r.t.Helper()
	return r.must(py.GetAttr(o, name))
}

func fn(f func(args []py.Object) (py.Object, *py.Exc)) *py.Function {
	return py.NewBuiltin("<lambda>", func(args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) { return f(args) })
}

func kw(name string, v py.Object) []py.Kwarg { return []py.Kwarg{{Name: name, Value: v}} }

// TestPythonSurface replays testdata/surface.py through the module object
// and compares the lines with CPython's (testdata/surface.golden, made by
// testdata/gen.sh).
func TestPythonSurface(t *testing.T) {
	want, err := os.ReadFile("testdata/surface.golden")
	if err != nil {
		t.Fatal(err)
	}
	r := &replay{t: t}
	withGIL(func() { surface(r) })
	if got := strings.Join(r.lines, "\n") + "\n"; got != string(want) {
		t.Errorf("output differs from CPython's\n got:\n%s\nwant:\n%s", got, want)
	}
}

func surface(r *replay) {
	cf := futures.Module
	Future := r.attr(cf, "Future")
	f := r.must(py.Call(Future, nil, nil))
	r.show(py.Repr(f), r.call(f, "done"), r.call(f, "running"), r.call(f, "cancelled"))
	r.err(py.CallMethod(f, "result", nil, kw("timeout", 0.01)))
	r.err(py.CallMethod(f, "exception", nil, kw("timeout", 0)))
	r.show(r.call(f, "set_running_or_notify_cancel"), py.Repr(f), r.call(f, "running"))
	r.show(r.call(f, "cancel"))
	r.call(f, "add_done_callback", fn(func(a []py.Object) (py.Object, *py.Exc) {
		r.show("callback 1", py.Repr(a[0]))
		return py.None, nil
	}))
	r.call(f, "add_done_callback", fn(func(a []py.Object) (py.Object, *py.Exc) {
		r.show("callback 2", r.call(a[0], "result"))
		return py.None, nil
	}))
	r.call(f, "set_result", 42)
	r.show(py.Repr(f), r.call(f, "result"), r.call(f, "exception"), r.call(f, "done"))
	r.call(f, "add_done_callback", fn(func(a []py.Object) (py.Object, *py.Exc) {
		r.show("late callback", r.call(a[0], "result"))
		return py.None, nil
	}))
	r.err(py.CallMethod(f, "set_result", []py.Object{1}, nil))
	r.err(py.CallMethod(f, "set_exception", []py.Object{py.NewExc(py.ValueError, "late")}, nil))

	g := r.must(py.Call(Future, nil, nil))
	r.call(g, "set_exception", py.NewExc(py.ValueError, "boom"))
	r.show(py.Repr(g))
	r.err(py.CallMethod(g, "result", nil, nil))
	r.show(py.Repr(r.call(g, "exception")))

	h := r.must(py.Call(Future, nil, nil))
	r.call(h, "add_done_callback", fn(func(a []py.Object) (py.Object, *py.Exc) {
		r.show("cancelled callback", r.call(a[0], "cancelled"))
		return py.None, nil
	}))
	r.show(r.call(h, "cancel"), r.call(h, "cancel"), py.Repr(h), r.call(h, "done"), r.call(h, "cancelled"))
	r.err(py.CallMethod(h, "result", nil, nil))
	r.err(py.CallMethod(h, "exception", nil, nil))
	r.err(py.CallMethod(h, "set_result", []py.Object{1}, nil))
	r.show(r.call(h, "set_running_or_notify_cancel"))
	r.err(py.CallMethod(h, "set_result", []py.Object{1}, nil))

	k := r.must(py.Call(Future, nil, nil))
	r.call(k, "set_result", py.None)
	r.show(py.Repr(k))
	k = r.must(py.Call(Future, nil, nil))
	r.call(k, "set_result", py.NewList(1))
	r.show(py.Repr(k))

	a, b, c := r.must(py.Call(Future, nil, nil)), r.must(py.Call(Future, nil, nil)), r.must(py.Call(Future, nil, nil))
	r.call(b, "set_result", "b")
	wait := r.attr(cf, "wait")
	pair := r.must(py.Call(wait, []py.Object{py.NewList(a, b, c)}, kw("timeout", 0.01))).(py.Tuple)
	var reprs []string
	for _, x := range r.must(py.ToSlice(pair[0])).([]py.Object) {
		reprs = append(reprs, py.Repr(x))
	}
	slices.Sort(reprs)
	strs := make([]py.Object, len(reprs))
	for i, s := range reprs {
		strs[i] = s
	}
	r.show(py.NewList(strs...), r.must(py.Len(pair[1])))
	pair = r.must(py.Call(wait, []py.Object{py.NewList(a, b)}, kw("return_when", r.attr(cf, "FIRST_COMPLETED")))).(py.Tuple)
	r.show(r.must(py.Len(pair[0])), r.must(py.Len(pair[1])))
	r.call(c, "set_exception", py.NewExc(py.KeyError, "k"))
	pair = r.must(py.Call(wait, []py.Object{py.NewList(a, c)}, []py.Kwarg{{Name: "timeout", Value: 5},
		{Name: "return_when", Value: r.attr(cf, "FIRST_EXCEPTION")}})).(py.Tuple)
	r.show(r.must(py.Len(pair[0])), r.must(py.Len(pair[1])))
	r.err(py.Call(wait, []py.Object{py.NewList(a)}, kw("return_when", "bogus")))
	asCompleted := r.attr(cf, "as_completed")
	it := r.must(py.Call(asCompleted, []py.Object{py.NewList(a, b, a)}, kw("timeout", 0.01)))
	r.err(py.ToSlice(it))
	it = r.must(py.Call(asCompleted, []py.Object{py.NewList(b, c)}, nil))
	var order []py.Object
	for _, x := range r.must(py.ToSlice(it)).([]py.Object) {
		order = append(order, py.Repr(x))
	}
	r.show(py.NewList(order...))

	pow, sorted := py.Builtins["pow"], py.Builtins["sorted"]
	ex := r.must(py.Call(r.attr(cf, "ThreadPoolExecutor"), nil, kw("max_workers", 2)))
	r.must(py.Enter(ex))
	r.show(r.must(py.Call(py.Builtins["list"], []py.Object{r.call(ex, "map", pow, py.NewList(2, 3, 4), py.NewList(5, 6))}, nil)))
	it = r.call(ex, "map", fn(func(a []py.Object) (py.Object, *py.Exc) { return py.FloorDiv(10, a[0]) }), py.NewList(5, 0, 2))
	next := py.Builtins["next"]
	r.show(r.must(py.Call(next, []py.Object{it}, nil)))
	r.err(py.Call(next, []py.Object{it}, nil))
	fut := r.call(ex, "submit", pow, 2, 100)
	r.show(r.call(fut, "result"), py.Repr(fut))
	fut = r.must(py.CallMethod(ex, "submit", []py.Object{sorted, py.NewList(3, 1, 2)}, kw("reverse", true)))
	r.show(r.call(fut, "result"))
	r.must(py.Exit(ex, nil))
	r.err(py.CallMethod(ex, "submit", []py.Object{pow, 1, 1}, nil))
	r.err(py.CallMethod(ex, "map", []py.Object{py.Builtins["abs"], py.NewList(1)}, nil))
	r.call(ex, "shutdown")
	r.err(py.Call(r.attr(cf, "ThreadPoolExecutor"), []py.Object{0}, nil))
	r.err(py.Call(r.attr(cf, "ThreadPoolExecutor"), nil, kw("max_workers", -1)))
	r.err(py.Call(r.attr(cf, "ProcessPoolExecutor"), []py.Object{0}, nil))
	r.show(r.attr(r.attr(cf, "BrokenExecutor"), "__mro__"))
	r.show(r.attr(r.attr(cf, "CancelledError"), "__mro__"), r.attr(cf, "TimeoutError") == py.TimeoutError)
	r.show(r.attr(cf, "FIRST_COMPLETED"), r.attr(cf, "FIRST_EXCEPTION"), r.attr(cf, "ALL_COMPLETED"))
	r.show(Future, r.attr(cf, "ThreadPoolExecutor"), r.attr(cf, "ProcessPoolExecutor"))
}
