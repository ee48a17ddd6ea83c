package asyncio_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

func TestOrderReprs(t *testing.T) {
	runScenario(t, scenario{name: "43_reprs", main: sc43})
}

// coAt is co for a function defined at line first of FILE.
func coAt(name string, first int, b body) *sm {
	c := co(name, b)
	c.code.FirstLine = first
	return c
}

func sc43(pr printer) py.Coroutine {
	foo := func() py.Coroutine {
		return coAt("foo", 4, func(c *sm, _ py.Object, exc *py.Exc) step {
			if exc != nil {
				return raise(exc)
			}
			if c.pc == 0 {
				c.line = 5
				return c.await(1, sleep(0.01))
			}
			return ret("Foo!")
		})
	}
	boom := coAt("boom", 9, func(*sm, py.Object, *py.Exc) step { return raise(py.NewExc(py.ValueError, "boom")) })
	big := coAt("big", 13, func(*sm, py.Object, *py.Exc) step {
		items := make([]py.Object, 100)
		for i := range items {
			items[i] = i
		}
		return ret(py.NewList(items...))
	})
	cb := &asyncio.DoneCallback{Fn: func(*asyncio.Future) *py.Exc { return nil }, Repr: "cb() at FILE:17"}
	r := func(x any) { pr(py.Repr(x)) }
	var t, e, c, b *asyncio.Task
	return co("main", func(m *sm, _ py.Object, exc *py.Exc) step {
		l := runningLoop()
		switch m.pc {
		case 0:
			t = create(foo())
			r(t)
			t.AddDoneCallback(cb)
			return m.await(1, sleep(0))
		case 1:
			r(t)
			return m.await(2, t)
		case 2:
			r(t)
			e = create(boom)
			return m.await(3, sleep(0))
		case 3:
			r(e)
			_, _ = e.Exception()
			c = create(foo(), "worker")
			return m.await(4, sleep(0))
		case 4:
			c.Cancel(nil)
			r(c)
			return m.await(5, c)
		case 5:
			if !isCancel(exc) {
				return raise(py.Errorf(py.AssertionError, "expected CancelledError, got %v", exc))
			}
			r(c)
			b = create(big)
			return m.await(6, b)
		}
		r(b)
		f := l.CreateFuture()
		r(f)
		f.AddDoneCallback(cb)
		r(f)
		_ = f.SetResult(strings.Repeat("x", 100))
		r(f)
		g := l.CreateFuture()
		_ = g.SetException(py.NewExc(py.KeyError, "k"))
		r(g)
		_, _ = g.Exception()
		h := l.CreateFuture()
		h.Cancel(nil)
		r(h)
		many := l.CreateFuture()
		for i := 0; i < 4; i++ {
			many.AddDoneCallback(cb)
		}
		r(many)
		two := l.CreateFuture()
		two.AddDoneCallback(cb)
		two.AddDoneCallback(cb)
		r(two)
		r(must(asyncio.Gather(nil, false)))
		hd := l.CallSoon(func() *py.Exc { return nil }).Describe(func() string { return "cb(None) at FILE:17" })
		r(hd)
		hd.Cancel()
		r(hd)
		r(py.Tuple{1, "a"})
		return ret(nil)
	})
}

func TestOrderNeverRetrieved(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "order", "44_never_retrieved.py"))
	if err != nil {
		t.Fatal(err)
	}
	py.RegisterSource("FILE", string(src))
	runScenario(t, scenario{name: "44_never_retrieved", main: sc44, stderr: true,
		after: func(pr printer, _ py.Object, exc *py.Exc) {
			if exc != nil {
				pr("unexpected", exc)
			}
			pr("after asyncio.run")
		}})
}

func sc44(pr printer) py.Coroutine {
	boom := coAt("boom", 4, func(*sm, py.Object, *py.Exc) step {
		e := py.NewExc(py.ValueError, "boom")
		e.AddFrame(py.Frame{File: "FILE", Line: 5, Func: "boom"})
		return raise(e)
	})
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			create(boom)
			return c.await(1, sleep(0.01))
		}
		pr("task dropped")
		fut := runningLoop().CreateFuture()
		_ = fut.SetException(py.NewExc(py.KeyError, "lost"))
		pr("main done")
		return ret(nil)
	})
}

func TestOrderCallbackError(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "order", "53_callback_error.py"))
	if err != nil {
		t.Fatal(err)
	}
	py.RegisterSource("FILE", string(src))
	runScenario(t, scenario{name: "53_callback_error", main: sc53, stderr: true})
}

func sc53(pr printer) py.Coroutine {
	cb := func(tag int) *asyncio.DoneCallback {
		return &asyncio.DoneCallback{Fn: func(f *asyncio.Future) *py.Exc {
			v, exc := f.Result()
			pr("callback", tag, v)
			return exc
		}, Repr: "cb.<locals>.<lambda>() at FILE:5"}
	}
	bad := &asyncio.DoneCallback{Fn: func(*asyncio.Future) *py.Exc {
		e := py.NewExc(py.RuntimeError, "in callback")
		e.AddFrame(py.Frame{File: "FILE", Line: 9, Func: "bad"})
		return e
	}, Repr: "bad() at FILE:8"}
	return co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
		if exc != nil {
			return raise(exc)
		}
		if c.pc == 0 {
			l := runningLoop()
			f := l.CreateFuture()
			f.AddDoneCallback(cb(1))
			f.AddDoneCallback(bad)
			f.AddDoneCallback(cb(2))
			_ = f.SetResult("r")
			l.CallSoon(func() *py.Exc {
				e := py.NewExc(py.KeyError, "soon")
				e.AddFrame(py.Frame{File: "FILE", Line: 13, Func: "bad_soon"})
				return e
			}).Describe(func() string { return "bad_soon() at FILE:12" })
			return c.await(1, sleep(0))
		}
		pr("the loop went on")
		return ret(nil)
	})
}
