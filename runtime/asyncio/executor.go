package asyncio

import (
	"sync"

	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// Executor runs blocking Python callables off the loop: the hook through
// which concurrent.futures' ThreadPoolExecutor becomes the loop's default
// executor (run_in_executor(None, ...), to_thread).
type Executor interface {
	// Submit runs fn on another goroutine, holding the GIL with its own
	// gil.ThreadState while fn runs, and then calls done with fn's outcome
	// on that goroutine (without the GIL). It raises RuntimeError after
	// Shutdown.
	Submit(fn func() (py.Object, *py.Exc), done func(py.Object, *py.Exc)) *py.Exc
	// Shutdown stops accepting work; with wait it returns once every
	// submitted job has finished.
	Shutdown(wait bool)
}

// goExecutor is the default executor until concurrent.futures provides
// one: a goroutine per job, joined by Shutdown.
type goExecutor struct {
	mu     sync.Mutex
	closed bool
	wg     sync.WaitGroup
}

func (e *goExecutor) Submit(fn func() (py.Object, *py.Exc), done func(py.Object, *py.Exc)) *py.Exc {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return py.Errorf(py.RuntimeError, "cannot schedule new futures after shutdown")
	}
	e.wg.Add(1)
	go func() {
		defer e.wg.Done()
		ts := gil.NewThreadState()
		gil.Acquire(ts)
		v, exc := fn()
		gil.Release()
		done(v, exc)
	}()
	return nil
}

func (e *goExecutor) Shutdown(wait bool) {
	e.mu.Lock()
	e.closed = true
	e.mu.Unlock()
	if wait {
		e.wg.Wait()
	}
}

// RunInExecutor is loop.run_in_executor(None, fn): fn runs on the default
// executor and the returned future gets its outcome through
// CallSoonThreadsafe.
func (l *EventLoop) RunInExecutor(fn func() (py.Object, *py.Exc)) (*Future, *py.Exc) {
	if l.executor == nil {
		l.executor = &goExecutor{}
		l.ownsExec = true
	}
	fut := l.CreateFuture()
	l.inflight.Add(1)
	exc := l.executor.Submit(fn, func(v py.Object, e *py.Exc) {
		defer l.inflight.Add(-1)
		l.CallSoonThreadsafe(func() *py.Exc {
			if fut.state != statePending {
				return nil
			}
			if e != nil {
				fut.setException(e)
			} else {
				fut.setResult(v)
			}
			return nil
		})
	})
	if exc != nil {
		l.inflight.Add(-1)
		return nil, exc
	}
	return fut, nil
}

// ToThread is asyncio.to_thread(fn): a coroutine that runs fn on the
// running loop's default executor and returns its result.
func ToThread(fn func() (py.Object, *py.Exc)) py.Coroutine { return &toThread{fn: fn} }

var toThreadCode = &py.Code{Name: "to_thread", QualName: "to_thread",
	File: stdlibDir + "/asyncio/threads.py", FirstLine: 12}

type toThread struct {
	fn  func() (py.Object, *py.Exc)
	fut *Future
}

func (t *toThread) Code() *py.Code { return toThreadCode }
func (t *toThread) Line() int {
	if t.fut != nil && !t.fut.Done() {
		return 25
	}
	return 0
}

func (t *toThread) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	if t.fut == nil {
		if thrown != nil {
			return nil, py.Raised, thrown
		}
		l, exc := GetRunningLoop()
		if exc != nil {
			return nil, py.Raised, exc
		}
		if t.fut, exc = l.RunInExecutor(t.fn); exc != nil {
			return nil, py.Raised, exc
		}
	}
	return t.fut.Resume(sent, thrown)
}
