package futures

import (
	"fmt"
	"time"

	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// The Python classes of the package's objects, with CPython's modules.
var (
	// FutureClass is concurrent.futures.Future.
	FutureClass = py.NewClass("Future", "concurrent.futures._base", py.ObjectClass)
	// ExecutorClass is concurrent.futures.Executor, the base of the pools.
	ExecutorClass = py.NewClass("Executor", "concurrent.futures._base", py.ObjectClass)
	// ThreadPoolExecutorClass is concurrent.futures.ThreadPoolExecutor.
	ThreadPoolExecutorClass = py.NewClass("ThreadPoolExecutor", "concurrent.futures.thread", ExecutorClass)
	// ProcessPoolExecutorClass is concurrent.futures.ProcessPoolExecutor.
	ProcessPoolExecutorClass = py.NewClass("ProcessPoolExecutor", "concurrent.futures.process", ExecutorClass)
)

// Type implements py.Typed.
func (p *ThreadPool) Type() *py.Class { return ThreadPoolExecutorClass }

// PyRepr is CPython's default repr of the executor object.
func (p *ThreadPool) PyRepr() string {
	return fmt.Sprintf("<concurrent.futures.thread.ThreadPoolExecutor object at %p>", p)
}

// Type implements py.Typed.
func (p *ProcessPool) Type() *py.Class { return ProcessPoolExecutorClass }

// PyRepr is CPython's default repr of the executor object.
func (p *ProcessPool) PyRepr() string {
	return fmt.Sprintf("<concurrent.futures.process.ProcessPoolExecutor object at %p>", p)
}

// pyExecutor is the part of a pool the shared Executor methods use.
type pyExecutor interface {
	pool
	submitPy(fn py.Object, args []py.Object, kw []py.Kwarg) (*Future, *py.Exc)
}

func (p *ThreadPool) submitPy(fn py.Object, args []py.Object, kw []py.Kwarg) (*Future, *py.Exc) {
	return p.Submit(func() (py.Object, *py.Exc) { return py.Call(fn, args, kw) })
}

func (p *ProcessPool) submitPy(fn py.Object, args []py.Object, kw []py.Kwarg) (*Future, *py.Exc) {
	return p.Submit(fn, args, kw)
}

// SubmitPy is executor.submit(fn, *args, **kw) on a Python executor object
// (a ThreadPool, a ProcessPool, or an object with a submit method that
// returns a Future). The caller holds the GIL.
func SubmitPy(executor, fn py.Object, args []py.Object, kw []py.Kwarg) (*Future, *py.Exc) {
	if ex, ok := executor.(pyExecutor); ok {
		return ex.submitPy(fn, args, kw)
	}
	v, exc := py.CallMethod(executor, "submit", append([]py.Object{fn}, args...), kw)
	if exc != nil {
		return nil, exc
	}
	f, ok := v.(*Future)
	if !ok {
		return nil, py.Errorf(py.TypeError, "concurrent.futures.Future is expected, got %s", py.Repr(v))
	}
	return f, nil
}

// timeoutArg converts a timeout argument; None (or absent) is NoTimeout.
func timeoutArg(v py.Object) (float64, *py.Exc) {
	if v == nil || v == py.None {
		return NoTimeout, nil
	}
	return py.ToFloat(v)
}

// wait blocks on f without the GIL.
func waitPy(f *Future, timeout float64) bool {
	if f.Done() {
		return true
	}
	var ok bool
	gil.Blocking(func() { ok = f.Wait(timeout) })
	return ok
}

// logException writes what CPython's logging prints for LOGGER.exception.
func logException(msg string, exc *py.Exc) {
	_ = py.Stderr.WriteString(msg + "\n" + py.FormatTraceback(exc))
}

// pyCallback wraps a Python done callback: it is called with the future,
// and an exception it raises is logged, not propagated.
func pyCallback(fn py.Object) func(*Future) {
	return func(f *Future) {
		if _, exc := py.Call(fn, []py.Object{f}, nil); exc != nil {
			logException("exception calling callback for "+f.PyRepr(), exc)
		}
	}
}

func init() {
	py.DefineConstructor(FutureClass, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if _, e := py.BindArgs("Future", args, kw, nil, 0); e != nil {
			return nil, e
		}
		return NewFuture(), nil
	})
	def := py.DefineMethod
	fut := func(self py.Object) *Future { return self.(*Future) }
	def(FutureClass, "cancel", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) { return fut(self).Cancel(), nil })
	def(FutureClass, "cancelled", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) { return fut(self).Cancelled(), nil })
	def(FutureClass, "running", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) { return fut(self).Running(), nil })
	def(FutureClass, "done", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) { return fut(self).Done(), nil })
	def(FutureClass, "result", []string{"timeout"}, 0, func(self py.Object, a []py.Object) (py.Object, *py.Exc) {
		t, e := timeoutArg(a[0])
		if e != nil {
			return nil, e
		}
		f := fut(self)
		if !waitPy(f, t) {
			return nil, py.NewExc(py.TimeoutError)
		}
		return f.Outcome()
	})
	def(FutureClass, "exception", []string{"timeout"}, 0, func(self py.Object, a []py.Object) (py.Object, *py.Exc) {
		t, e := timeoutArg(a[0])
		if e != nil {
			return nil, e
		}
		f := fut(self)
		waitPy(f, t)
		x, e := f.Exception(0)
		if e != nil {
			return nil, e
		}
		if x == nil {
			return py.None, nil
		}
		return x, nil
	})
	def(FutureClass, "add_done_callback", []string{"fn"}, 1, func(self py.Object, a []py.Object) (py.Object, *py.Exc) {
		fut(self).AddDoneCallback(pyCallback(a[0]))
		return py.None, nil
	})
	def(FutureClass, "set_running_or_notify_cancel", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) {
		return fut(self).SetRunningOrNotifyCancel()
	})
	def(FutureClass, "set_result", []string{"result"}, 1, func(self py.Object, a []py.Object) (py.Object, *py.Exc) {
		return py.None, fut(self).SetResult(a[0])
	})
	def(FutureClass, "set_exception", []string{"exception"}, 1, func(self py.Object, a []py.Object) (py.Object, *py.Exc) {
		x, e := py.ToExc(a[0], nil)
		if e != nil {
			return nil, e
		}
		return py.None, fut(self).SetException(x)
	})

	py.DefineConstructor(ThreadPoolExecutorClass, newThreadPoolPy)
	py.DefineConstructor(ProcessPoolExecutorClass, newProcessPoolPy)
	py.DefineConstructor(ExecutorClass, func([]py.Object, []py.Kwarg) (py.Object, *py.Exc) {
		return nil, py.Errorf(py.TypeError, "asyncgen: concurrent.futures.Executor cannot be instantiated")
	})
	exec := func(self py.Object) pyExecutor { return self.(pyExecutor) }
	py.DefineVarMethod(ExecutorClass, "submit", func(self py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(args) == 0 {
			return nil, py.Errorf(py.TypeError, "%s.submit() missing 1 required positional argument: 'fn'", py.TypeName(self))
		}
		f, e := exec(self).submitPy(args[0], args[1:], kw)
		if e != nil {
			return nil, e
		}
		return f, nil
	})
	py.DefineVarMethod(ExecutorClass, "map", func(self py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return mapPy(exec(self), args, kw)
	})
	py.DefineVarMethod(ExecutorClass, "shutdown", func(self py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		wait, cancel := true, false
		if len(args) > 1 {
			return nil, py.Errorf(py.TypeError, "%s.shutdown() takes from 1 to 2 positional arguments but %d were given", py.TypeName(self), len(args)+1)
		}
		var e *py.Exc
		if len(args) == 1 {
			if wait, e = py.Truth(args[0]); e != nil {
				return nil, e
			}
		}
		for _, k := range kw {
			switch k.Name {
			case "wait":
				if len(args) == 1 {
					return nil, py.Errorf(py.TypeError, "%s.shutdown() got multiple values for argument 'wait'", py.TypeName(self))
				}
				wait, e = py.Truth(k.Value)
			case "cancel_futures":
				cancel, e = py.Truth(k.Value)
			default:
				return nil, py.Errorf(py.TypeError, "%s.shutdown() got an unexpected keyword argument '%s'", py.TypeName(self), k.Name)
			}
			if e != nil {
				return nil, e
			}
		}
		shutdownPy(exec(self), wait, cancel)
		return py.None, nil
	})
	def(ExecutorClass, "__enter__", nil, 0, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) { return self, nil })
	def(ExecutorClass, "__exit__", []string{"exc_type", "exc_val", "exc_tb"}, 3, func(self py.Object, _ []py.Object) (py.Object, *py.Exc) {
		shutdownPy(exec(self), true, false)
		return false, nil
	})
}

func shutdownPy(p pyExecutor, wait, cancel bool) {
	p.Close(cancel)
	if wait {
		gil.Blocking(p.Join)
	}
}

// maxWorkersArg converts max_workers: None gives def, and a value below 1
// raises CPython's ValueError.
func maxWorkersArg(v py.Object) (int, *py.Exc) {
	if v == nil || v == py.None {
		return 0, nil
	}
	n, e := py.Index(v)
	if e != nil {
		return 0, e
	}
	if n <= 0 {
		return 0, py.Errorf(py.ValueError, "max_workers must be greater than 0")
	}
	return n, nil
}

func newThreadPoolPy(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := py.BindArgs("ThreadPoolExecutor", args, kw, []string{"max_workers", "thread_name_prefix", "initializer", "initargs"}, 0)
	if e != nil {
		return nil, e
	}
	n, e := maxWorkersArg(a[0])
	if e != nil {
		return nil, e
	}
	var init func() *py.Exc
	if a[2] != nil && a[2] != py.None {
		if !py.IsCallable(a[2]) {
			return nil, py.Errorf(py.TypeError, "initializer must be a callable")
		}
		var initargs []py.Object
		if a[3] != nil {
			if initargs, e = py.ToSlice(a[3]); e != nil {
				return nil, e
			}
		}
		fn := a[2]
		init = func() *py.Exc {
			_, e := py.Call(fn, initargs, nil)
			return e
		}
	}
	prefix := ""
	if a[1] != nil {
		if ok, e := py.Truth(a[1]); e != nil {
			return nil, e
		} else if ok {
			prefix = py.Str(a[1])
		}
	}
	return NewNamedThreadPool(n, prefix, init), nil
}

func newProcessPoolPy(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := py.BindArgs("ProcessPoolExecutor", args, kw, []string{"max_workers", "mp_context", "initializer", "initargs", "max_tasks_per_child"}, 0)
	if e != nil {
		return nil, e
	}
	n, e := maxWorkersArg(a[0])
	if e != nil {
		return nil, e
	}
	for i, name := range []string{2: "initializer", 4: "max_tasks_per_child"} {
		if name != "" && a[i] != nil && a[i] != py.None {
			return nil, py.Errorf(py.NotImplementedError, "asyncgen: ProcessPoolExecutor(%s=...) is not supported", name)
		}
	}
	p, e := NewProcessPool(ProcessConfig{Max: n})
	if e != nil {
		return nil, e
	}
	return p, nil
}

// mapPy is Executor.map(fn, *iterables, timeout=None, chunksize=1): every
// call is submitted at once; the iterator returns the results in order and
// cancels the calls not yet returned when one raises.
func mapPy(p pyExecutor, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if len(args) == 0 {
		return nil, py.Errorf(py.TypeError, "Executor.map() missing 1 required positional argument: 'fn'")
	}
	timeout := NoTimeout
	for _, k := range kw {
		switch k.Name {
		case "timeout":
			t, e := timeoutArg(k.Value)
			if e != nil {
				return nil, e
			}
			timeout = t
		case "chunksize":
			n, e := py.Index(k.Value)
			if e != nil {
				return nil, e
			}
			if n < 1 {
				return nil, py.Errorf(py.ValueError, "chunksize must be >= 1.")
			}
		default:
			return nil, py.Errorf(py.TypeError, "Executor.map() got an unexpected keyword argument '%s'", k.Name)
		}
	}
	var deadline time.Time
	if timeout != NoTimeout {
		deadline = time.Now().Add(time.Duration(timeout * float64(time.Second)))
	}
	zipped, e := py.Zip(false, args[1:]...)
	if e != nil {
		return nil, e
	}
	items, e := py.ToSlice(zipped)
	if e != nil {
		return nil, e
	}
	fs := make([]*Future, 0, len(items))
	for _, it := range items {
		f, e := p.submitPy(args[0], it.(py.Tuple), nil)
		if e != nil {
			for _, f := range fs {
				f.Cancel()
			}
			return nil, e
		}
		fs = append(fs, f)
	}
	i := 0
	return py.NewFuncIter("generator", func() (py.Object, bool, *py.Exc) {
		if i == len(fs) {
			return nil, false, nil
		}
		f := fs[i]
		i++
		t := NoTimeout
		if !deadline.IsZero() {
			t = time.Until(deadline).Seconds()
		}
		var v py.Object
		var exc *py.Exc
		if !waitPy(f, t) {
			exc = py.NewExc(py.TimeoutError)
		} else {
			v, exc = f.Outcome()
		}
		if exc != nil {
			f.Cancel()
			for _, rest := range fs[i:] {
				rest.Cancel()
			}
			i = len(fs)
			return nil, false, exc
		}
		return v, true, nil
	}), nil
}
