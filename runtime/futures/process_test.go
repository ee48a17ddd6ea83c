package futures_test

import (
	"bytes"
	"errors"
	"math/big"
	"syscall"
	"testing"
	"time"

	"github.com/asyncgen/asyncgen/runtime/futures"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// newProcessPool starts a pool of max workers and, at the end of the test,
// shuts it down and checks that its worker processes are gone.
func newProcessPool(t *testing.T, cfg futures.ProcessConfig) *futures.ProcessPool {
	t.Helper()
	p, exc := futures.NewProcessPool(cfg)
	if exc != nil {
		t.Fatal(exc)
	}
	var pids []int
	t.Cleanup(func() {
		pids = append(pids, p.Pids()...)
		p.Shutdown(true)
		for _, pid := range pids {
			if err := syscall.Kill(pid, 0); !errors.Is(err, syscall.ESRCH) {
				t.Errorf("worker process %d still exists after shutdown (kill 0: %v)", pid, err)
			}
		}
	})
	return p
}

// result waits for f without holding the GIL.
func result(t *testing.T, f *futures.Future) (py.Object, *py.Exc) {
	t.Helper()
	if !f.Wait(10) {
		t.Fatalf("future %s not done after 10 s", f.PyRepr())
	}
	return f.Outcome()
}

func submit(t *testing.T, p *futures.ProcessPool, fn py.Object, args ...py.Object) *futures.Future {
	t.Helper()
	var f *futures.Future
	var exc *py.Exc
	withGIL(func() { f, exc = p.Submit(fn, args, nil) })
	if exc != nil {
		t.Fatal(exc)
	}
	return f
}

// TestProcessRoundTrip sends every supported kind of value to a worker and
// back.
func TestProcessRoundTrip(t *testing.T) {
	p := newProcessPool(t, futures.ProcessConfig{Max: 2})
	huge, _ := new(big.Int).SetString("-123456789012345678901234567890", 10)
	var values []py.Object
	withGIL(func() {
		set, _ := py.NewSet(1, 2, 3)
		d := py.NewDict()
		_ = d.Set(py.Tuple{1, "a"}, py.NewList(1.5, py.None))
		d.SetStr("k", py.Bytes("\x00\xff"))
		values = []py.Object{py.None, true, false, 0, -7, 1 << 62, py.NewInt(huge), 3.25, "héllo", py.Bytes("raw"),
			py.NewList(1, "two", py.Tuple{3.0}), py.Tuple{}, d, set, Point, square}
	})
	for _, v := range values {
		f := submit(t, p, echo, v)
		got, exc := result(t, f)
		if exc != nil {
			t.Fatalf("echo(%s) raised %v", py.Repr(v), exc)
		}
		var want string
		withGIL(func() { want = py.Repr(py.Tuple{py.Tuple{v}, py.NewDict()}) })
		withGIL(func() {
			if g := py.Repr(got); g != want {
				t.Errorf("echo round trip: got %s, want %s", g, want)
			}
		})
	}
	var f *futures.Future
	withGIL(func() {
		f, _ = p.Submit(echo, []py.Object{1}, []py.Kwarg{{Name: "sep", Value: "-"}})
	})
	got, _ := result(t, f)
	withGIL(func() {
		if g := py.Repr(got); g != "((1,), {'sep': '-'})" {
			t.Errorf("keyword arguments: got %s", g)
		}
	})
}

// TestProcessUserClass: an instance of a user class crosses both ways and
// is rebuilt with the class looked up by name.
func TestProcessUserClass(t *testing.T) {
	p := newProcessPool(t, futures.ProcessConfig{Max: 1})
	var pt *py.Instance
	withGIL(func() {
		pt = py.NewInstance(Point)
		pt.Attrs["x"], pt.Attrs["y"] = 1, "y"
	})
	got, exc := result(t, submit(t, p, movePoint, pt))
	if exc != nil {
		t.Fatal(exc)
	}
	inst, ok := got.(*py.Instance)
	if !ok || inst.Class != Point {
		t.Fatalf("got %T, want a Point instance", got)
	}
	if inst.Attrs["x"] != 2 || inst.Attrs["y"] != "y" {
		t.Errorf("attributes %v, want x=2 y='y'", inst.Attrs)
	}
}

// TestProcessExceptions: a ValueError raised in a worker comes back as a
// ValueError with its message, with the worker's traceback as its cause;
// user exception classes come back as themselves.
func TestProcessExceptions(t *testing.T) {
	p := newProcessPool(t, futures.ProcessConfig{Max: 1})
	_, exc := result(t, submit(t, p, failValue, "bad value 42"))
	if exc == nil || exc.Class != py.ValueError || exc.Message() != "bad value 42" {
		t.Fatalf("got %v, want ValueError: bad value 42", exc)
	}
	if exc.Cause == nil || exc.Cause.Class != futures.RemoteTraceback {
		t.Errorf("cause %v, want the remote traceback", exc.Cause)
	} else if msg := exc.Cause.Message(); !bytes.Contains([]byte(msg), []byte("ValueError: bad value 42")) {
		t.Errorf("remote traceback %q does not name the error", msg)
	}
	_, exc = result(t, submit(t, p, failMine, "x", 2))
	if exc == nil || exc.Class != MyError || py.Repr(exc.Args) != "('x', 2)" {
		t.Errorf("got %v, want MyError('x', 2)", exc)
	}
	// A value that cannot be serialised fails its future, not the pool.
	var f *futures.Future
	withGIL(func() { f, _ = p.Submit(echo, []py.Object{py.NewGenerator(nil)}, nil) })
	if _, exc = result(t, f); exc == nil || exc.Class != py.TypeError || exc.Message() != "cannot pickle 'generator' object" {
		t.Errorf("unserialisable argument: got %v", exc)
	}
	if got, exc := result(t, submit(t, p, square, 12)); exc != nil || got != 144 {
		t.Errorf("pool unusable after errors: %v %v", got, exc)
	}
}

// TestProcessManyFutures: 2,000 calls over 2 workers, every result once.
func TestProcessManyFutures(t *testing.T) {
	p := newProcessPool(t, futures.ProcessConfig{Max: 2})
	const n = 2000
	fs := make([]*futures.Future, n)
	for i := range fs {
		fs[i] = submit(t, p, square, i)
	}
	for i, f := range fs {
		got, exc := result(t, f)
		if exc != nil || got != i*i {
			t.Fatalf("call %d: got %v %v, want %d", i, got, exc, i*i)
		}
	}
	if pids := p.Pids(); len(pids) != 2 {
		t.Errorf("%d workers, want 2", len(pids))
	}
}

// TestProcessWorkerDeath: a worker that dies mid-call (killed by a signal,
// os._exit, or killed from outside) fails the running and queued futures
// with BrokenProcessPool within 2 s; later submits raise it.
func TestProcessWorkerDeath(t *testing.T) {
	tests := []struct {
		name    string
		fn      py.Object
		args    []py.Object
		outside bool
	}{
		{"SIGKILL from inside", killSelf, nil, false},
		{"os._exit", exitNow, nil, false},
		{"killed from outside", sleepFor, []py.Object{30}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newProcessPool(t, futures.ProcessConfig{Max: 1})
			f := submit(t, p, tt.fn, tt.args...)
			queued := submit(t, p, square, 3)
			if tt.outside {
				for !f.Running() {
					time.Sleep(time.Millisecond)
				}
				time.Sleep(50 * time.Millisecond) // let the worker start the call
				for _, pid := range p.Pids() {
					_ = syscall.Kill(pid, syscall.SIGKILL)
				}
			}
			began := time.Now()
			for _, g := range []*futures.Future{f, queued} {
				if !g.Wait(2 - time.Since(began).Seconds()) {
					t.Fatalf("future not failed within 2 s")
				}
				_, exc := g.Outcome()
				if exc == nil || exc.Class != futures.BrokenProcessPool || exc.Message() != "A process in the process pool was terminated abruptly while the future was running or pending." {
					t.Fatalf("got %v, want BrokenProcessPool", exc)
				}
			}
			t.Logf("BrokenProcessPool after %v", time.Since(began))
			var exc *py.Exc
			withGIL(func() { _, exc = p.Submit(square, []py.Object{1}, nil) })
			if exc == nil || exc.Class != futures.BrokenProcessPool ||
				exc.Message() != "A child process terminated abruptly, the process pool is not usable anymore" {
				t.Errorf("submit after breaking: %v", exc)
			}
		})
	}
}

// TestProcessShutdown: shutdown(wait=False) returns at once and the work
// still completes; cancel_futures cancels what has not started; submit
// afterwards raises RuntimeError.
func TestProcessShutdown(t *testing.T) {
	p := newProcessPool(t, futures.ProcessConfig{Max: 1})
	running := submit(t, p, sleepFor, 0.3)
	queued := submit(t, p, square, 5)
	for !running.Running() {
		time.Sleep(time.Millisecond)
	}
	began := time.Now()
	withGIL(func() { p.Close(true) })
	if d := time.Since(began); d > 100*time.Millisecond {
		t.Errorf("shutdown(wait=False) took %v", d)
	}
	if !queued.Cancelled() {
		t.Errorf("queued future %s not cancelled", queued.PyRepr())
	}
	if _, exc := result(t, running); exc != nil {
		t.Errorf("running call failed: %v", exc)
	}
	var exc *py.Exc
	withGIL(func() { _, exc = p.Submit(square, []py.Object{1}, nil) })
	if exc == nil || exc.Class != py.RuntimeError || exc.Message() != "cannot schedule new futures after shutdown" {
		t.Errorf("submit after shutdown: %v", exc)
	}
	p.Join()
}

// TestProcessOutput: what a worker prints reaches the pool's stdout, and
// the worker does not read the parent's stdin.
func TestProcessOutput(t *testing.T) {
	var out bytes.Buffer
	p := newProcessPool(t, futures.ProcessConfig{Max: 1, Stdout: &out})
	if _, exc := result(t, submit(t, p, printArgs, "a", "b")); exc != nil {
		t.Fatal(exc)
	}
	p.Shutdown(true)
	if got, want := out.String(), "arguments: ('a', 'b')\n"; got != want {
		t.Errorf("worker output %q, want %q", got, want)
	}
}

// TestProcessIdleWorkersExitWithParentPool: workers started lazily, up to
// Max, are all reaped by Join.
func TestProcessLazyStart(t *testing.T) {
	p := newProcessPool(t, futures.ProcessConfig{Max: 3})
	if n := len(p.Pids()); n != 0 {
		t.Fatalf("%d workers before any submit", n)
	}
	got, _ := result(t, submit(t, p, getPid))
	if n := len(p.Pids()); n != 1 {
		t.Errorf("%d workers after one call, want 1", n)
	}
	if got == syscall.Getpid() {
		t.Error("the call ran in the parent process")
	}
}
