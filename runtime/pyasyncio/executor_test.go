package pyasyncio_test

import (
	"testing"
	"time"

	"github.com/asyncgen/asyncgen/runtime/futures"
	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
	"github.com/asyncgen/asyncgen/runtime/pyasyncio"
	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// steps is a hand-written coroutine: each step returns an awaitable to
// await in turn (given the previous await's result), or nil to return the
// last result.
type steps struct {
	next func(prev py.Object) (py.Awaiter, *py.Exc)
	aw   py.Awaiter
	last py.Object
}

var mainCode = &py.Code{Name: "main", QualName: "main", File: "test.py", Kind: py.CoroutineCode}

func (s *steps) Code() *py.Code { return mainCode }
func (s *steps) Line() int      { return 1 }

func (s *steps) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	for {
		if s.aw == nil {
			if thrown != nil {
				return nil, py.Raised, thrown
			}
			aw, exc := s.next(s.last)
			if exc != nil {
				return nil, py.Raised, exc
			}
			if aw == nil {
				return s.last, py.Returned, nil
			}
			s.aw, sent = aw, nil
		}
		v, st, exc := s.aw.Resume(sent, thrown)
		thrown = nil
		switch st {
		case py.Yielded:
			return v, st, nil
		case py.Raised:
			return nil, py.Raised, exc
		}
		s.aw, s.last = nil, v
	}
}

// run is asyncio.run(main) from Python: the module's run function called
// holding the GIL.
func run(t *testing.T, body func(prev py.Object, i int) (py.Awaiter, *py.Exc)) (py.Object, *py.Exc) {
	t.Helper()
	i := 0
	main := &steps{next: func(prev py.Object) (py.Awaiter, *py.Exc) {
		i++
		return body(prev, i)
	}}
	gil.Acquire(gil.NewThreadState())
	defer gil.Release()
	return py.CallMethod(pyasyncio.Module(), "run", []py.Object{main}, nil)
}

func must(t *testing.T, v py.Object, exc *py.Exc) py.Object {
	t.Helper()
	if exc != nil {
		t.Fatal(py.FormatTraceback(exc))
	}
	return v
}

func awaiter(t *testing.T, v py.Object, exc *py.Exc) py.Awaiter {
	t.Helper()
	return must(t, v, exc).(py.Awaiter)
}

// mustT and awaitT curry t so that a call's two results can be passed
// straight in.
func mustT(t *testing.T) func(py.Object, *py.Exc) py.Object {
	return func(v py.Object, exc *py.Exc) py.Object { t.Helper(); return must(t, v, exc) }
}

func awaitT(t *testing.T) func(py.Object, *py.Exc) py.Awaiter {
	return func(v py.Object, exc *py.Exc) py.Awaiter { t.Helper(); return awaiter(t, v, exc) }
}

func loop(t *testing.T) py.Object {
	l, exc := py.CallMethod(pyasyncio.Module(), "get_running_loop", nil, nil)
	return must(t, l, exc)
}

// blocking is a Python function that sleeps without the GIL and returns
// its argument doubled, with the goroutine it did not run on recorded.
var blocking = py.NewBuiltin("blocking", func(args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
	gil.Blocking(func() { time.Sleep(10 * time.Millisecond) })
	return py.Mul(args[0], 2)
})

// TestRunInExecutor: run_in_executor with the default executor and with a
// ThreadPoolExecutor, to_thread, and wrap_future of pool futures gathered;
// asyncio.run shuts the default executor down (goleak checks its workers
// are gone).
func TestRunInExecutor(t *testing.T) {
	pool := mustT(t)(py.Call(futures.ThreadPoolExecutorClass, []py.Object{3}, nil))
	var results []py.Object
	_, exc := run(t, func(prev py.Object, i int) (py.Awaiter, *py.Exc) {
		if i > 1 {
			results = append(results, prev)
		}
		mod := pyasyncio.Module()
		switch i {
		case 1:
			return awaitT(t)(py.CallMethod(loop(t), "run_in_executor", []py.Object{py.None, blocking, 1}, nil)), nil
		case 2:
			return awaitT(t)(py.CallMethod(loop(t), "run_in_executor", []py.Object{pool, blocking, "ab"}, nil)), nil
		case 3:
			return awaitT(t)(py.CallMethod(mod, "to_thread", []py.Object{blocking, 2.5}, nil)), nil
		case 4:
			var aws []py.Object
			for _, v := range []py.Object{10, 20} {
				cf := mustT(t)(py.CallMethod(pool, "submit", []py.Object{blocking, v}, nil))
				aws = append(aws, mustT(t)(py.CallMethod(mod, "wrap_future", []py.Object{cf}, nil)))
			}
			return awaitT(t)(py.CallMethod(mod, "gather", aws, nil)), nil
		}
		return nil, nil
	})
	if exc != nil {
		t.Fatal(py.FormatTraceback(exc))
	}
	gil.Acquire(gil.NewThreadState())
	defer gil.Release()
	if got := py.Repr(py.NewList(results...)); got != "[2, 'abab', 5.0, [20, 40]]" {
		t.Errorf("results %s", got)
	}
	mustT(t)(py.CallMethod(pool, "shutdown", nil, nil))
}

// TestCancelWrappedFuture: cancelling the asyncio future of a call that
// has not started cancels the concurrent future, so the call never runs.
func TestCancelWrappedFuture(t *testing.T) {
	pool := futures.NewThreadPool(1, nil)
	release := make(chan struct{})
	busy, _ := pool.Submit(func() (py.Object, *py.Exc) {
		gil.Blocking(func() { <-release })
		return nil, nil
	})
	ran := false
	waiting := py.NewBuiltin("waiting", func([]py.Object, []py.Kwarg) (py.Object, *py.Exc) {
		ran = true
		return py.None, nil
	})
	var cf *futures.Future
	_, exc := run(t, func(prev py.Object, i int) (py.Awaiter, *py.Exc) {
		switch i {
		case 1:
			var exc *py.Exc
			if cf, exc = pool.Submit(func() (py.Object, *py.Exc) { return py.Call(waiting, nil, nil) }); exc != nil {
				return nil, exc
			}
			fut := mustT(t)(py.CallMethod(pyasyncio.Module(), "wrap_future", []py.Object{cf}, nil))
			mustT(t)(py.CallMethod(fut, "cancel", nil, nil))
			// The cancellation reaches cf through a done callback.
			return awaitT(t)(py.CallMethod(pyasyncio.Module(), "sleep", []py.Object{0}, nil)), nil
		}
		return nil, nil
	})
	if exc != nil {
		t.Fatal(exc)
	}
	if !cf.Cancelled() {
		t.Errorf("concurrent future %s not cancelled", cf.PyRepr())
	}
	close(release)
	pool.Shutdown(true)
	if ran || !busy.Done() {
		t.Errorf("cancelled call ran (%v) or busy call unfinished", ran)
	}
}

// TestWrapFutureBrokenPool: a process-pool-style failure set on the
// concurrent future reaches the awaiting coroutine as that exception.
func TestWrapFutureException(t *testing.T) {
	cf := futures.NewFuture()
	_, exc := run(t, func(prev py.Object, i int) (py.Awaiter, *py.Exc) {
		if i == 1 {
			go func() {
				time.Sleep(5 * time.Millisecond)
				gil.Acquire(gil.NewThreadState())
				_ = cf.SetException(py.NewExc(futures.BrokenProcessPool, "gone"))
				gil.Release()
			}()
			return awaitT(t)(py.CallMethod(pyasyncio.Module(), "wrap_future", []py.Object{cf}, nil)), nil
		}
		return nil, nil
	})
	if exc == nil || exc.Class != futures.BrokenProcessPool || exc.Message() != "gone" {
		t.Errorf("got %v, want BrokenProcessPool: gone", exc)
	}
}
