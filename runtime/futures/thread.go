package futures

import (
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// DefaultThreadWorkers is ThreadPoolExecutor's default max_workers:
// min(32, cpus + 4).
func DefaultThreadWorkers() int { return min(32, runtime.NumCPU()+4) }

// ThreadPool is concurrent.futures.ThreadPoolExecutor: at most Max worker
// goroutines, started lazily as work arrives, each a Python thread that
// holds the GIL (with its own gil.ThreadState) while it runs a call and
// completes the call's future. Work is queued without bound and run in
// submission order.
type ThreadPool struct {
	max    int
	init   func() *py.Exc
	prefix string // thread_name_prefix: worker i is named prefix_i

	mu       sync.Mutex
	cond     sync.Cond
	queue    []threadJob
	head     int
	idle     int
	threads  int
	shutdown bool
	broken   string
	wg       sync.WaitGroup
}

type threadJob struct {
	fut *Future
	fn  func() (py.Object, *py.Exc)
}

// NewThreadPool returns a pool of at most max workers (max <= 0: the
// default, DefaultThreadWorkers). init, when not nil, runs on each worker
// before its first call, holding the GIL; if it fails the pool breaks.
// Its workers are named ThreadPoolExecutor-N_i, N counting the pools
// made without a name prefix.
func NewThreadPool(max int, init func() *py.Exc) *ThreadPool {
	return NewNamedThreadPool(max, "", init)
}

// unnamedPools numbers the pools made without a thread name prefix, as
// ThreadPoolExecutor's class-wide counter does.
var unnamedPools atomic.Int64

// NewNamedThreadPool is NewThreadPool whose workers are named prefix_i
// (ThreadPoolExecutor's thread_name_prefix; "" for the default name).
func NewNamedThreadPool(max int, prefix string, init func() *py.Exc) *ThreadPool {
	if max <= 0 {
		max = DefaultThreadWorkers()
	}
	if prefix == "" {
		prefix = "ThreadPoolExecutor-" + strconv.FormatInt(unnamedPools.Add(1)-1, 10)
	}
	p := &ThreadPool{max: max, init: init, prefix: prefix}
	p.cond.L = &p.mu
	track(p)
	return p
}

// Max returns the pool's max_workers.
func (p *ThreadPool) Max() int { return p.max }

// Submit schedules fn and returns its future. fn runs on a worker holding
// the GIL; its future is completed there, still holding it. Submit raises
// RuntimeError after shutdown and BrokenThreadPool once an initializer
// failed.
func (p *ThreadPool) Submit(fn func() (py.Object, *py.Exc)) (*Future, *py.Exc) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.broken != "" {
		return nil, py.NewExc(BrokenThreadPool, p.broken)
	}
	if p.shutdown {
		return nil, py.Errorf(py.RuntimeError, msgShutdown)
	}
	f := NewFuture()
	p.queue = append(p.queue, threadJob{fut: f, fn: fn})
	if len(p.queue)-p.head > p.idle && p.threads < p.max {
		p.wg.Add(1)
		go p.worker(p.threads)
		p.threads++
	} else {
		p.cond.Signal()
	}
	return f, nil
}

// next takes the next job, waiting for one; ok is false once the pool is
// shut down (or broken) and the queue is empty.
func (p *ThreadPool) next() (threadJob, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for p.head == len(p.queue) && !p.shutdown && p.broken == "" {
		p.idle++
		p.cond.Wait()
		p.idle--
	}
	if p.head == len(p.queue) || p.broken != "" {
		return threadJob{}, false
	}
	j := p.queue[p.head]
	p.queue[p.head] = threadJob{}
	p.head++
	if p.head == len(p.queue) {
		p.queue, p.head = p.queue[:0], 0
	}
	return j, true
}

// workerFrames is the call depth at which a worker thread calls its jobs:
// CPython has the frames of the thread's bootstrap, the pool's _worker and
// the work item below them.
const workerFrames = 5

// worker is the i-th worker thread of the pool.
func (p *ThreadPool) worker(i int) {
	defer p.wg.Done()
	ts := gil.NewThreadState()
	ts.Name = p.prefix + "_" + strconv.Itoa(i)
	if p.init != nil {
		// The initializer is called by _worker itself, one frame below
		// the jobs.
		ts.Depth = workerFrames - 1
		gil.Acquire(ts)
		exc := p.init()
		if exc != nil {
			logException("Exception in initializer:", exc)
			p.breakPool()
		}
		gil.Release()
		if exc != nil {
			return
		}
	}
	ts.Depth = workerFrames
	for {
		j, ok := p.next()
		if !ok {
			return
		}
		gil.Acquire(ts)
		if run, _ := j.fut.SetRunningOrNotifyCancel(); run {
			v, exc := j.fn()
			if exc != nil {
				_ = j.fut.SetException(exc)
			} else {
				_ = j.fut.SetResult(v)
			}
		}
		gil.Release()
	}
}

// breakPool fails every queued job with BrokenThreadPool (the caller
// holds the GIL, for the futures' callbacks) and stops the workers.
func (p *ThreadPool) breakPool() {
	p.mu.Lock()
	p.broken = msgBrokenInit
	jobs := p.queue[p.head:]
	p.queue, p.head = nil, 0
	p.cond.Broadcast()
	p.mu.Unlock()
	for _, j := range jobs {
		_ = j.fut.SetException(py.NewExc(BrokenThreadPool, msgBrokenInit))
	}
}

// Close is the non-blocking half of shutdown: the pool accepts no more
// work, with cancelFutures the queued calls that have not started are
// cancelled (their callbacks run here: hold the GIL if they may be Python
// callbacks), and idle workers exit once the queue is empty.
func (p *ThreadPool) Close(cancelFutures bool) {
	p.mu.Lock()
	p.shutdown = true
	var jobs []threadJob
	if cancelFutures {
		jobs = p.queue[p.head:]
		p.queue, p.head = nil, 0
	}
	p.cond.Broadcast()
	p.mu.Unlock()
	for _, j := range jobs {
		j.fut.Cancel()
	}
}

// Join waits until every worker has exited: after Close, once the queued
// work is done. The caller must not hold the GIL.
func (p *ThreadPool) Join() {
	p.wg.Wait()
	untrack(p)
}

// Shutdown is shutdown(wait): Close without cancelling, then Join when
// wait is set. It implements the asyncio.Executor hook; the caller must
// not hold the GIL when wait is set.
func (p *ThreadPool) Shutdown(wait bool) {
	p.Close(false)
	if wait {
		p.Join()
	}
}
