package futures

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// WorkerEnv is the environment variable that starts a process as a pool
// worker (see IsWorker).
const WorkerEnv = "ASYNCGEN_POOL_WORKER"

// mainLookup resolves the main module's globals in the parent process, for
// the classes and functions named by results (see RegisterMain).
var mainLookup atomic.Pointer[Lookup]

// RegisterMain tells the package how to find the main module's globals in
// the parent process, so that results naming a user class (an instance
// of a dataclass, a user exception) are rebuilt with that class.
// Compiled programs register it before running their module body.
func RegisterMain(lookup Lookup) { mainLookup.Store(&lookup) }

func registeredLookup() Lookup {
	if l := mainLookup.Load(); l != nil {
		return *l
	}
	return nil
}

// ProcessConfig configures a process pool. The zero value is
// ProcessPoolExecutor(): os.cpu_count() workers running this very
// executable, writing to this process's standard output and error.
type ProcessConfig struct {
	// Max is max_workers; 0 means the number of CPUs.
	Max int
	// Stdout and Stderr receive the workers' output (default os.Stdout
	// and os.Stderr).
	Stdout, Stderr io.Writer
}

// ProcessPool is concurrent.futures.ProcessPoolExecutor: calls of
// module-level functions run in up to Max worker processes, each this
// executable started again in worker mode (see IsWorker and
// ServeWorker), started as work arrives. Arguments and results cross in
// the format of codec.go. A worker that dies breaks the pool: every
// pending future fails with BrokenProcessPool and later submits raise it.
type ProcessPool struct {
	cfg    ProcessConfig
	exe    string
	lookup Lookup

	mu       sync.Mutex
	queue    []*procJob
	workers  []*procWorker
	idle     []*procWorker
	running  int
	shutdown bool
	finished bool // workers told to exit
	broken   bool
	nextID   uint64
	wg       sync.WaitGroup
}

type procJob struct {
	id      uint64
	fut     *Future
	payload []byte
}

type procWorker struct {
	cmd      *exec.Cmd
	req      *os.File
	res      *bufio.Reader
	resFile  *os.File
	jobs     chan *procJob
	job      *procJob // the job it runs, nil when idle
	retiring bool     // told to exit: its exit is expected
}

// NewProcessPool returns a process pool; it raises ValueError for a
// negative Max, as CPython does for max_workers <= 0.
func NewProcessPool(cfg ProcessConfig) (*ProcessPool, *py.Exc) {
	if cfg.Max < 0 {
		return nil, py.Errorf(py.ValueError, "max_workers must be greater than 0")
	}
	if cfg.Max == 0 {
		cfg.Max = runtime.NumCPU()
	}
	if cfg.Stdout == nil {
		cfg.Stdout = os.Stdout
	}
	if cfg.Stderr == nil {
		cfg.Stderr = os.Stderr
	}
	exe, err := os.Executable()
	if err != nil {
		return nil, py.Errorf(py.OSError, "cannot find the executable to start pool workers: %v", err)
	}
	p := &ProcessPool{cfg: cfg, exe: exe, lookup: registeredLookup()}
	track(p)
	return p, nil
}

// Max returns the pool's max_workers.
func (p *ProcessPool) Max() int { return p.cfg.Max }

// Pids returns the process ids of the workers the pool has started
// (those that exited included).
func (p *ProcessPool) Pids() []int {
	p.mu.Lock()
	defer p.mu.Unlock()
	pids := make([]int, 0, len(p.workers))
	for _, w := range p.workers {
		pids = append(pids, w.cmd.Process.Pid)
	}
	return pids
}

// Submit schedules fn(*args, **kw) in a worker and returns its future. fn
// must be a module-level function (or a builtin) and the arguments
// serialisable; otherwise the future fails with the error, as CPython's
// pickling errors do. The caller holds the GIL. Submit raises
// BrokenProcessPool once a worker died and RuntimeError after shutdown.
func (p *ProcessPool) Submit(fn py.Object, args []py.Object, kw []py.Kwarg) (*Future, *py.Exc) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.broken {
		return nil, py.NewExc(BrokenProcessPool, msgBrokenPool)
	}
	if p.shutdown {
		return nil, py.Errorf(py.RuntimeError, msgShutdown)
	}
	f := NewFuture()
	p.nextID++
	id := p.nextID
	payload, exc := encodeCall(id, fn, args, kw)
	if exc != nil {
		_ = f.SetException(exc)
		return f, nil
	}
	p.queue = append(p.queue, &procJob{id: id, fut: f, payload: payload})
	p.dispatchLocked()
	return f, nil
}

func encodeCall(id uint64, fn py.Object, args []py.Object, kw []py.Kwarg) ([]byte, *py.Exc) {
	e := &encoder{}
	e.uvarint(id)
	if _, ok := fn.(*py.Function); !ok {
		return nil, cannotPickle(fn)
	}
	if exc := e.encode(fn); exc != nil {
		return nil, exc
	}
	if exc := e.encode(py.Tuple(args)); exc != nil {
		return nil, exc
	}
	e.uvarint(uint64(len(kw)))
	for _, k := range kw {
		e.str(k.Name)
		if exc := e.encode(k.Value); exc != nil {
			return nil, exc
		}
	}
	return e.buf, nil
}

// dispatchLocked hands queued jobs to idle workers, starting workers up
// to Max. p.mu is held (and the GIL, for flushing stdout before a start).
func (p *ProcessPool) dispatchLocked() {
	for len(p.queue) > 0 && !p.broken {
		if len(p.idle) == 0 {
			if len(p.workers) >= p.cfg.Max {
				return
			}
			if exc := p.startLocked(); exc != nil {
				jobs := p.queue
				p.queue = nil
				for _, j := range jobs {
					_ = j.fut.SetException(exc)
				}
				return
			}
		}
		j := p.queue[0]
		p.queue[0] = nil
		p.queue = p.queue[1:]
		if run, _ := j.fut.SetRunningOrNotifyCancel(); !run {
			continue
		}
		w := p.idle[len(p.idle)-1]
		p.idle = p.idle[:len(p.idle)-1]
		w.job = j
		p.running++
		w.jobs <- j
	}
}

// startLocked starts one worker process and its two goroutines: one
// hands it jobs and reads its results, one waits for it to exit.
func (p *ProcessPool) startLocked() *py.Exc {
	// A forked CPython worker starts with the parent's buffers flushed.
	_ = py.Stdout.Flush()
	_ = py.Stderr.Flush()
	reqR, reqW, err := os.Pipe()
	if err != nil {
		return py.Errorf(py.OSError, "starting a pool worker: %v", err)
	}
	resR, resW, err := os.Pipe()
	if err != nil {
		reqR.Close()
		reqW.Close()
		return py.Errorf(py.OSError, "starting a pool worker: %v", err)
	}
	cmd := exec.Command(p.exe, os.Args[1:]...)
	cmd.Env = append(os.Environ(), WorkerEnv+"=1")
	cmd.ExtraFiles = []*os.File{reqR, resW}
	cmd.Stdout, cmd.Stderr = p.cfg.Stdout, p.cfg.Stderr
	dieWithParent(cmd)
	err = cmd.Start()
	reqR.Close()
	resW.Close()
	if err != nil {
		reqW.Close()
		resR.Close()
		return py.Errorf(py.OSError, "starting a pool worker: %v", err)
	}
	w := &procWorker{cmd: cmd, req: reqW, resFile: resR, res: bufio.NewReader(resR), jobs: make(chan *procJob, 1)}
	p.workers = append(p.workers, w)
	p.idle = append(p.idle, w)
	p.wg.Add(2)
	go p.serve(w)
	go p.watch(w)
	return nil
}

// serve sends w its jobs one at a time and completes their futures with
// what comes back, holding the GIL (for the futures' Python callbacks and
// to rebuild the results).
func (p *ProcessPool) serve(w *procWorker) {
	defer p.wg.Done()
	defer w.resFile.Close()
	ts := gil.NewThreadState()
	for j := range w.jobs {
		var frame []byte
		err := writeFrame(w.req, j.payload)
		if err == nil {
			frame, err = readFrame(w.res)
		}
		if err != nil {
			p.workerDied(w)
			break
		}
		gil.Acquire(ts)
		v, exc := decodeResult(frame, j.id, p.lookup)
		if exc != nil {
			_ = j.fut.SetException(exc)
		} else {
			_ = j.fut.SetResult(v)
		}
		p.mu.Lock()
		w.job = nil
		p.running--
		if !p.broken && !w.retiring {
			p.idle = append(p.idle, w)
		}
		p.dispatchLocked()
		p.finishLocked()
		p.mu.Unlock()
		gil.Release()
	}
	// Closing the request pipe tells the worker to exit.
	w.req.Close()
}

// watch waits for w's process to end; an exit nobody asked for breaks the
// pool.
func (p *ProcessPool) watch(w *procWorker) {
	defer p.wg.Done()
	_ = w.cmd.Wait()
	p.mu.Lock()
	expected := w.retiring
	p.mu.Unlock()
	if !expected {
		p.workerDied(w)
	}
}

// workerDied breaks the pool: every worker is killed and told to stop,
// and the queued and running futures fail with BrokenProcessPool.
func (p *ProcessPool) workerDied(*procWorker) {
	p.mu.Lock()
	if p.broken {
		p.mu.Unlock()
		return
	}
	p.broken = true
	jobs := p.queue
	p.queue = nil
	for _, w := range p.workers {
		if w.job != nil {
			jobs = append(jobs, w.job)
			w.job = nil
		}
		if !w.retiring {
			w.retiring = true
			close(w.jobs)
		}
		_ = w.cmd.Process.Kill()
	}
	p.idle = nil
	p.running = 0
	p.finished = true
	p.mu.Unlock()
	gil.Acquire(gil.NewThreadState())
	for _, j := range jobs {
		_ = j.fut.SetException(py.NewExc(BrokenProcessPool, msgBrokenRunning))
	}
	gil.Release()
}

// finishLocked tells the workers to exit once the pool is shut down and
// its work is done.
func (p *ProcessPool) finishLocked() {
	if !p.shutdown || p.finished || len(p.queue) > 0 || p.running > 0 {
		return
	}
	p.finished = true
	for _, w := range p.workers {
		if !w.retiring {
			w.retiring = true
			close(w.jobs)
		}
	}
}

// Close is the non-blocking half of shutdown: no more submits; with
// cancelFutures the queued calls are cancelled (hold the GIL: their
// callbacks run here); the workers exit once the remaining calls are
// done.
func (p *ProcessPool) Close(cancelFutures bool) {
	p.mu.Lock()
	p.shutdown = true
	var jobs []*procJob
	if cancelFutures {
		jobs = p.queue
		p.queue = nil
	}
	p.finishLocked()
	p.mu.Unlock()
	for _, j := range jobs {
		j.fut.Cancel()
	}
}

// Join waits until every worker process has exited and been reaped. The
// caller must not hold the GIL.
func (p *ProcessPool) Join() {
	p.wg.Wait()
	untrack(p)
}

// Shutdown is shutdown(wait): Close without cancelling, then Join when
// wait is set (the caller must not hold the GIL then).
func (p *ProcessPool) Shutdown(wait bool) {
	p.Close(false)
	if wait {
		p.Join()
	}
}

// decodeResult rebuilds a worker's reply to job id: its result, or the
// exception it raised with the worker's traceback as __cause__.
func decodeResult(frame []byte, id uint64, lookup Lookup) (py.Object, *py.Exc) {
	d := &decoder{buf: frame, lookup: lookup}
	got, exc := d.uvarint()
	if exc != nil {
		return nil, exc
	}
	if got != id {
		return nil, py.Errorf(py.RuntimeError, "process pool: reply to call %d while waiting for %d", got, id)
	}
	status, exc := d.byte()
	if exc != nil {
		return nil, exc
	}
	v, exc := d.decode()
	if exc != nil {
		return nil, exc
	}
	if status == statusResult {
		return v, nil
	}
	e, ok := v.(*py.Exc)
	if !ok {
		return nil, errCorrupt()
	}
	tb, exc := d.str()
	if exc != nil {
		return nil, exc
	}
	e.Cause = py.NewExc(RemoteTraceback, "\n\"\"\"\n"+tb+"\"\"\"")
	e.SuppressContext = true
	return nil, e
}

// Reply statuses.
const (
	statusResult    = 'r'
	statusException = 'e'
)

func encodeReply(id uint64, v py.Object, raised *py.Exc) []byte {
	e := &encoder{}
	e.uvarint(id)
	if raised == nil {
		e.buf = append(e.buf, statusResult)
		if exc := e.encode(v); exc == nil {
			return e.buf
		} else {
			raised = exc
		}
		e = &encoder{}
		e.uvarint(id)
	}
	e.buf = append(e.buf, statusException)
	start := len(e.buf)
	if exc := e.encode(raised); exc != nil {
		// The exception itself cannot cross: send why instead.
		e.buf = e.buf[:start]
		raised = py.Errorf(py.RuntimeError, "exception %s from a pool worker could not be sent: %s", raised.Class.Name, exc.Error())
		_ = e.encode(raised)
	}
	e.str(py.FormatTraceback(raised))
	return e.buf
}
