package futures_test

import (
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/asyncgen/asyncgen/runtime/futures"
	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
	"go.uber.org/goleak"
)

// The test binary doubles as the worker program of its process pools: a
// re-executed copy serves the functions of workerGlobals, as a compiled
// program serves its module's globals.
func TestMain(m *testing.M) {
	if futures.IsWorker() {
		gil.Acquire(gil.NewThreadState())
		code := futures.ServeWorker(lookup)
		py.ExitProcess(code)
	}
	futures.RegisterMain(lookup)
	// Race-instrumented workers would otherwise linger a second at exit.
	_ = os.Setenv("GORACE", "atexit_sleep_ms=0")
	goleak.VerifyTestMain(m)
}

func lookup(name string) (py.Object, bool) {
	v, ok := workerGlobals[name]
	return v, ok
}

// Point stands for a user dataclass of the main module.
var Point = py.NewClass("Point", "__main__", py.ObjectClass)

// MyError is a user exception class of the main module.
var MyError = py.NewClass("MyError", "__main__", py.Exception)

// workerGlobals are the "module-level functions" the pool tests call.
var workerGlobals = map[string]py.Object{}

func def(name string, fn func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc)) *py.Function {
	f := py.NewFunction(name, name, nil, fn)
	workerGlobals[name] = f
	return f
}

var (
	square = def("square", func(args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		return py.Mul(args[0], args[0])
	})
	echo = def("echo", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		d := py.NewDict()
		for _, k := range kw {
			d.SetStr(k.Name, k.Value)
		}
		return py.Tuple{py.Tuple(args), d}, nil
	})
	failValue = def("fail_value", func(args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		return nil, py.NewExc(py.ValueError, args[0])
	})
	failMine = def("fail_mine", func(args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		return nil, py.NewExc(MyError, args...)
	})
	sleepFor = def("sleep_for", func(args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		secs, _ := py.ToFloat(args[0])
		gil.Blocking(func() { time.Sleep(time.Duration(secs * float64(time.Second))) })
		return os.Getpid(), nil
	})
	exitNow = def("exit_now", func(args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		py.ExitProcess(3)
		return nil, nil
	})
	killSelf = def("kill_self", func(args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
		select {}
	})
	movePoint = def("move_point", func(args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		p := args[0].(*py.Instance)
		out := py.NewInstance(Point)
		x, _ := py.Add(p.Attrs["x"], 1)
		out.Attrs["x"] = x
		out.Attrs["y"] = p.Attrs["y"]
		return out, nil
	})
	getPid = def("get_pid", func([]py.Object, []py.Kwarg) (py.Object, *py.Exc) {
		return os.Getpid(), nil
	})
	printArgs = def("print_args", func(args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		return py.None, py.Print([]py.Object{"arguments:", py.Tuple(args)}, nil)
	})
)

func init() {
	workerGlobals["Point"] = Point
	workerGlobals["MyError"] = MyError
}

// withGIL runs f holding the GIL, as Python code runs.
func withGIL(f func()) {
	gil.Acquire(gil.NewThreadState())
	defer gil.Release()
	f()
}
