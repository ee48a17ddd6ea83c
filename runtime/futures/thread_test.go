package futures_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/asyncgen/asyncgen/runtime/futures"
	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// TestManyFuturesAcrossPools: 10,000 calls spread over three thread pools
// and a process pool, collected with as_completed: every result arrives
// exactly once.
func TestManyFuturesAcrossPools(t *testing.T) {
	const n = 10000
	pools := []*futures.ThreadPool{futures.NewThreadPool(1, nil), futures.NewThreadPool(4, nil), futures.NewThreadPool(0, nil)}
	proc := newProcessPool(t, futures.ProcessConfig{Max: 2})
	fs := make([]*futures.Future, 0, n)
	index := map[*futures.Future]int{}
	for i := 0; i < n; i++ {
		var f *futures.Future
		var exc *py.Exc
		if i%10 == 0 {
			f = submit(t, proc, square, i)
		} else {
			i := i
			f, exc = pools[i%3].Submit(func() (py.Object, *py.Exc) { return py.Mul(i, i) })
		}
		if exc != nil {
			t.Fatal(exc)
		}
		fs = append(fs, f)
		index[f] = i
	}
	seen := make([]int, n)
	it := futures.AsCompleted(fs, 30)
	for {
		f, ok, exc := it.Next()
		if exc != nil {
			t.Fatal(exc)
		}
		if !ok {
			break
		}
		i := index[f]
		seen[i]++
		if v, exc := f.Outcome(); exc != nil || v != i*i {
			t.Fatalf("call %d: %v %v", i, v, exc)
		}
	}
	for i, c := range seen {
		if c != 1 {
			t.Fatalf("result %d seen %d times", i, c)
		}
	}
	for _, p := range pools {
		p.Shutdown(true)
	}
}

// TestGILKeepsPythonOperationsAtomic: eight pool threads append to one
// list and store into one dict, as Python code does, without locks of
// their own: nothing is lost, and -race sees no race.
func TestGILKeepsPythonOperationsAtomic(t *testing.T) {
	const threads, rounds = 8, 2000
	p := futures.NewThreadPool(threads, nil)
	l := py.NewList()
	d := py.NewDict()
	var fs []*futures.Future
	for w := 0; w < threads; w++ {
		w := w
		f, exc := p.Submit(func() (py.Object, *py.Exc) {
			for i := 0; i < rounds; i++ {
				l.Append(i)
				if exc := d.Set(py.Tuple{w, i}, i); exc != nil {
					return nil, exc
				}
				if i%100 == 0 {
					gil.Yield() // let the others interleave
				}
			}
			return nil, nil
		})
		if exc != nil {
			t.Fatal(exc)
		}
		fs = append(fs, f)
	}
	p.Shutdown(true)
	for _, f := range fs {
		if _, exc := f.Outcome(); exc != nil {
			t.Fatal(exc)
		}
	}
	if l.Len() != threads*rounds || d.Len() != threads*rounds {
		t.Errorf("list has %d items, dict %d; want %d each", l.Len(), d.Len(), threads*rounds)
	}
}

// TestSleepReleasesGIL: calls that block in time.sleep's way overlap, so
// four 100 ms sleeps on four threads take about 100 ms, not 400.
func TestSleepReleasesGIL(t *testing.T) {
	p := futures.NewThreadPool(4, nil)
	began := time.Now()
	var fs []*futures.Future
	for i := 0; i < 4; i++ {
		f, _ := p.Submit(func() (py.Object, *py.Exc) {
			gil.Blocking(func() { time.Sleep(100 * time.Millisecond) })
			return nil, nil
		})
		fs = append(fs, f)
	}
	p.Shutdown(true)
	if d := time.Since(began); d > 300*time.Millisecond {
		t.Errorf("four parallel sleeps took %v", d)
	}
}

// TestThreadPoolLazyAndBounded: workers start only when work waits for
// them, and never more than max run at once.
func TestThreadPoolLazyAndBounded(t *testing.T) {
	p := futures.NewThreadPool(3, nil)
	var mu sync.Mutex
	active, peak := 0, 0
	var fs []*futures.Future
	for i := 0; i < 12; i++ {
		f, _ := p.Submit(func() (py.Object, *py.Exc) {
			mu.Lock()
			active++
			peak = max(peak, active)
			mu.Unlock()
			gil.Blocking(func() { time.Sleep(20 * time.Millisecond) })
			mu.Lock()
			active--
			mu.Unlock()
			return nil, nil
		})
		fs = append(fs, f)
	}
	p.Shutdown(true)
	if peak != 3 {
		t.Errorf("peak concurrency %d, want 3", peak)
	}
	for _, f := range fs {
		if !f.Done() {
			t.Error("shutdown(wait=True) returned before the work was done")
		}
	}
}

// TestThreadPoolShutdown: shutdown(wait=False) returns at once while the
// queued work still runs; cancel_futures cancels the calls not started;
// submit afterwards raises RuntimeError.
func TestThreadPoolShutdown(t *testing.T) {
	p := futures.NewThreadPool(1, nil)
	release := make(chan struct{})
	first, _ := p.Submit(func() (py.Object, *py.Exc) {
		gil.Blocking(func() { <-release })
		return "first", nil
	})
	second, _ := p.Submit(func() (py.Object, *py.Exc) { return "second", nil })
	third, _ := p.Submit(func() (py.Object, *py.Exc) { return "third", nil })
	for !first.Running() {
		time.Sleep(time.Millisecond)
	}
	p.Close(false)
	if _, exc := p.Submit(func() (py.Object, *py.Exc) { return nil, nil }); exc == nil ||
		exc.Class != py.RuntimeError || exc.Message() != "cannot schedule new futures after shutdown" {
		t.Errorf("submit after shutdown: %v", exc)
	}
	p.Close(true) // a second shutdown with cancel_futures
	close(release)
	p.Join()
	if v, _ := first.Outcome(); v != "first" {
		t.Errorf("running call: %v", v)
	}
	if !second.Cancelled() || !third.Cancelled() {
		t.Errorf("queued calls not cancelled: %s %s", second.PyRepr(), third.PyRepr())
	}

	// Without cancel_futures the queue drains after shutdown(wait=False).
	p = futures.NewThreadPool(1, nil)
	var ran []string
	for _, s := range []string{"a", "b", "c"} {
		s := s
		_, _ = p.Submit(func() (py.Object, *py.Exc) { ran = append(ran, s); return nil, nil })
	}
	p.Shutdown(false)
	p.Join()
	if len(ran) != 3 {
		t.Errorf("ran %v after shutdown(wait=False), want a b c", ran)
	}
}

// TestThreadPoolInitializerFailure breaks the pool: pending and later
// calls get BrokenThreadPool.
func TestThreadPoolInitializerFailure(t *testing.T) {
	p := futures.NewThreadPool(1, func() *py.Exc { return py.NewExc(py.ValueError, "init failed") })
	var errOut = captureStderr(t)
	f, _ := p.Submit(func() (py.Object, *py.Exc) { return 1, nil })
	if !f.Wait(5) {
		t.Fatal("future not failed")
	}
	if _, exc := f.Outcome(); exc == nil || exc.Class != futures.BrokenThreadPool ||
		exc.Message() != "A thread initializer failed, the thread pool is not usable anymore" {
		t.Errorf("got %v", exc)
	}
	if _, exc := p.Submit(func() (py.Object, *py.Exc) { return 1, nil }); exc == nil || exc.Class != futures.BrokenThreadPool {
		t.Errorf("submit on a broken pool: %v", exc)
	}
	p.Shutdown(true)
	if got := errOut(); got == "" {
		t.Error("initializer failure not logged")
	}
}

// captureStderr redirects py.Stderr for the rest of the test; the
// returned function gives what was written so far.
func captureStderr(t *testing.T) func() string {
	var b strings.Builder
	var mu sync.Mutex
	restore := py.SetStderr(writerFunc(func(p []byte) (int, error) {
		mu.Lock()
		defer mu.Unlock()
		return b.Write(p)
	}))
	t.Cleanup(restore)
	return func() string {
		mu.Lock()
		defer mu.Unlock()
		return b.String()
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// TestThreadPoolWorkerState checks the thread state a pool's calls run
// with: CPython's thread names (prefix_i) and the call depth of the
// frames a worker thread has below a job (five) and below its
// initializer (four).
func TestThreadPoolWorkerState(t *testing.T) {
	type seen struct {
		name  string
		depth int
	}
	record := func(out *seen) func() *py.Exc {
		return func() *py.Exc {
			*out = seen{gil.Current().Name, gil.Depth()}
			return nil
		}
	}
	tests := []struct {
		name     string
		prefix   string
		wantName string // "" when the name is numbered (ThreadPoolExecutor-N_0)
	}{
		{"named", "named", "named_0"},
		{"asyncio", "asyncio", "asyncio_0"},
		{"default", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var init, job seen
			p := futures.NewNamedThreadPool(1, tt.prefix, record(&init))
			f, exc := p.Submit(func() (py.Object, *py.Exc) { return nil, record(&job)() })
			if exc != nil {
				t.Fatal(exc)
			}
			f.Wait(futures.NoTimeout)
			p.Shutdown(true)
			want := tt.wantName
			if want == "" {
				if !strings.HasPrefix(job.name, "ThreadPoolExecutor-") || !strings.HasSuffix(job.name, "_0") {
					t.Errorf("worker named %q, want ThreadPoolExecutor-N_0", job.name)
				}
				want = job.name
			}
			if job != (seen{want, 5}) || init != (seen{want, 4}) {
				t.Errorf("job ran as %+v, initializer as %+v; want name %q, depths 5 and 4", job, init, want)
			}
		})
	}
}
