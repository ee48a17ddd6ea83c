package pyasyncio_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
	"github.com/asyncgen/asyncgen/runtime/pyasyncio"
)

// The scenarios of api_test.go are testdata/api/NAME.py written again in Go:
// hand-written coroutines (seq) that use the asyncio module only through
// py.GetAttr, py.Call and py.CallMethod, as compiled code does.

// seq is a hand-written coroutine: a list of steps run in order. A step
// returns an awaitable to await (by delegation, as compiled code awaits) or
// nil; the next step receives the outcome. An exception raised by an await
// propagates out of the coroutine unless the next step is a catch step. The
// coroutine returns what its last await returned ("return await x").
type seq struct {
	steps []step
	i     int
	sub   py.Awaiter
}

type step struct {
	fn    func(v py.Object, exc *py.Exc) py.Object
	catch bool
}

var seqCode = &py.Code{Name: "main", QualName: "main", File: "FILE", FirstLine: 1}

// co returns a coroutine running steps.
func co(steps ...step) *seq { return &seq{steps: steps} }

// do is a step that awaits nothing.
func do(fn func()) step {
	return step{fn: func(py.Object, *py.Exc) py.Object { fn(); return nil }}
}

// await is a step that awaits what fn returns.
func await(fn func() py.Object) step {
	return step{fn: func(py.Object, *py.Exc) py.Object { return fn() }}
}

// then is a step that receives the value of the previous await and may
// return something to await next.
func then(fn func(v py.Object) py.Object) step {
	return step{fn: func(v py.Object, _ *py.Exc) py.Object { return fn(v) }}
}

// catch is a step that receives the previous await's outcome, exception
// included (try/except around the await).
func catch(fn func(v py.Object, exc *py.Exc) py.Object) step {
	return step{fn: fn, catch: true}
}

func (s *seq) Code() *py.Code { return seqCode }
func (s *seq) Line() int      { return 0 }

func (s *seq) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	v, exc := sent, thrown
	if s.sub != nil {
		r, st, e := s.sub.Resume(sent, thrown)
		if st == py.Yielded {
			return r, st, nil
		}
		s.sub = nil
		v, exc = r, e
	}
	for s.i < len(s.steps) {
		st := s.steps[s.i]
		s.i++
		if exc != nil && !st.catch {
			return nil, py.Raised, exc
		}
		next := st.fn(v, exc)
		v, exc = nil, nil
		if next == nil {
			continue
		}
		aw, ok := next.(py.Awaiter)
		if !ok {
			return nil, py.Raised, py.Errorf(py.TypeError, "object %s can't be used in 'await' expression", py.TypeName(next))
		}
		r, status, e := aw.Resume(nil, nil)
		switch status {
		case py.Yielded:
			s.sub = aw
			return r, status, nil
		case py.Raised:
			exc = e
		default:
			v = r
		}
	}
	if exc != nil {
		return nil, py.Raised, exc
	}
	if v == nil {
		v = py.None
	}
	return v, py.Returned, nil
}

// raised is an awaitable that raises exc at once (a "raise" statement as a
// step's result).
type raised struct{ exc *py.Exc }

func (r raised) Resume(py.Object, *py.Exc) (py.Object, py.Status, *py.Exc) {
	return nil, py.Raised, r.exc
}

// returned is an awaitable that returns v at once.
type returned struct{ v py.Object }

func (r returned) Resume(py.Object, *py.Exc) (py.Object, py.Status, *py.Exc) {
	return r.v, py.Returned, nil
}

// exitThen awaits cm's __aexit__ for exc, then re-raises exc unless the
// exit suppressed it: the end of an "async with" block.
type exitThen struct {
	aw  py.Awaiter
	exc *py.Exc
}

func (x *exitThen) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	r, st, e := x.aw.Resume(sent, thrown)
	if st != py.Returned || x.exc == nil {
		return r, st, e
	}
	if ok, _ := py.Truth(r); r != nil && ok {
		return py.None, py.Returned, nil
	}
	return nil, py.Raised, x.exc
}

// env is a scenario's world: the asyncio module and its output.
type env struct {
	t   *testing.T
	mod py.Object
	out strings.Builder
}

// print is Python's print.
func (x *env) print(args ...py.Object) {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = py.Str(a)
	}
	x.out.WriteString(strings.Join(parts, " ") + "\n")
}

var addr = regexp.MustCompile(` at 0x[0-9a-f]+`)

// r is the scripts' r(x): repr with addresses masked.
func r(o py.Object) string { return addr.ReplaceAllString(py.Repr(o), " at 0x?") }

// err is the scripts' err(e): "Type: message".
func (x *env) err(e *py.Exc) {
	if e == nil {
		x.t.Errorf("expected an exception")
		return
	}
	x.print(e.Class.Name+":", e)
}

// errRepr is the other err(e) of the scripts: "Type: repr(e)".
func (x *env) errRepr(e *py.Exc) {
	if e == nil {
		x.t.Errorf("expected an exception")
		return
	}
	x.print(e.Class.Name+":", py.Repr(e))
}

// must returns v, failing the test on a Python exception.
func (x *env) must(v py.Object, e *py.Exc) py.Object {
	x.t.Helper()
	if e != nil {
		x.t.Fatalf("unexpected Python exception: %v", e)
	}
	return v
}

// a is asyncio.NAME.
func (x *env) a(name string) py.Object { return x.must(py.GetAttr(x.mod, name)) }

// call is asyncio.NAME(args...).
func (x *env) call(name string, args ...py.Object) py.Object {
	return x.must(py.Call(x.a(name), args, nil))
}

// callErr is asyncio.NAME(args...) where an exception is expected.
func (x *env) callErr(name string, args ...py.Object) *py.Exc {
	_, e := py.Call(x.a(name), args, nil)
	return e
}

// m is o.name(args...).
func (x *env) m(o py.Object, name string, args ...py.Object) py.Object {
	return x.must(py.CallMethod(o, name, args, nil))
}

// mkw is o.name(args..., **kw).
func (x *env) mkw(o py.Object, name string, args []py.Object, kw ...py.Kwarg) py.Object {
	return x.must(py.CallMethod(o, name, args, kw))
}

// mErr is o.name(args...) where an exception is expected.
func (x *env) mErr(o py.Object, name string, args ...py.Object) *py.Exc {
	_, e := py.CallMethod(o, name, args, nil)
	return e
}

// task is asyncio.create_task(c).
func (x *env) task(c py.Object) py.Object { return x.call("create_task", c) }

// sleep is asyncio.sleep(d).
func (x *env) sleep(d py.Object) py.Object { return x.call("sleep", d) }

// aenter is the start of "async with cm".
func (x *env) aenter(cm py.Object) py.Object {
	if m, ok := cm.(asyncio.AsyncContextManager); ok {
		return m.AEnter()
	}
	return x.m(cm, "__aenter__")
}

// aexit is the end of "async with cm" after the body raised exc (nil when
// it completed): it re-raises exc unless __aexit__ suppresses it.
func (x *env) aexit(cm py.Object, exc *py.Exc) py.Object {
	var aw py.Object
	if m, ok := cm.(asyncio.AsyncContextManager); ok {
		aw = m.AExit(exc)
	} else {
		args := []py.Object{py.None, py.None, py.None}
		if exc != nil {
			args = []py.Object{exc.Class, exc, py.None}
		}
		aw = x.m(cm, "__aexit__", args...)
	}
	return &exitThen{aw: aw.(py.Awaiter), exc: exc}
}

// scenario is one API test: main builds the script's main() coroutine.
type scenario struct {
	name string
	main func(x *env) py.Coroutine
}

func runScenario(t *testing.T, sc scenario) {
	golden, err := os.ReadFile(filepath.Join("testdata", "api", sc.name+".golden"))
	if err != nil {
		t.Fatalf("reading golden file: %v", err)
	}
	x := &env{t: t, mod: pyasyncio.Module()}
	var stderr bytes.Buffer
	if _, exc := asyncio.Run(sc.main(x), asyncio.WithVirtualClock(), asyncio.WithStderr(&stderr)); exc != nil {
		t.Errorf("asyncio.run raised %v", exc)
	}
	if got := x.out.String(); got != string(golden) {
		t.Errorf("output differs from CPython's\n--- got\n%s--- want (testdata/api/%s.golden)\n%s--- stderr\n%s",
			got, sc.name, golden, stderr.String())
	}
}
