package pymod

import (
	"time"

	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

var processStart = time.Now()

// Time is the time module: sleep, time, monotonic, perf_counter and their
// _ns variants.
var Time = &py.Module{Name: "time", Attrs: map[string]py.Object{}}

// Sleep is time.sleep(secs): it blocks the calling goroutine. Python code
// calls it holding the GIL, which it releases meanwhile so that other
// Python threads run, as CPython's time.sleep does; a Go caller holding
// no GIL while nobody else does (a test) just sleeps.
func Sleep(secs float64) *py.Exc {
	if secs < 0 {
		return py.Errorf(py.ValueError, "sleep length must be non-negative")
	}
	_ = py.Stdout.Flush()
	d := time.Duration(secs * float64(time.Second))
	if gil.Current() == nil {
		time.Sleep(d)
		return nil
	}
	gil.Blocking(func() { time.Sleep(d) })
	return nil
}

// Now is time.time(): seconds since the epoch.
func Now() float64 { return float64(time.Now().UnixNano()) / 1e9 }

// Monotonic is time.monotonic() (and perf_counter()): seconds on a clock
// that never goes back.
func Monotonic() float64 { return time.Since(processStart).Seconds() + 1000 }

// initTime fills the module in on its first import (see Import).
func initTime() {
	a := Time.Attrs
	a["sleep"] = fn("time", "sleep", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("sleep", args, kw, 1, 1); e != nil {
			return nil, e
		}
		f, e := py.ToFloat(args[0])
		if e != nil {
			return nil, py.Errorf(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(args[0]))
		}
		return py.None, Sleep(f)
	})
	clock := func(name string, f func() float64) {
		a[name] = fn("time", name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			if e := argN(name, args, kw, 0, 0); e != nil {
				return nil, e
			}
			return f(), nil
		})
	}
	clock("time", Now)
	clock("monotonic", Monotonic)
	clock("perf_counter", Monotonic)
	clock("process_time", func() float64 { return time.Since(processStart).Seconds() })
	clockNs := func(name string, f func() int) {
		a[name] = fn("time", name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			if e := argN(name, args, kw, 0, 0); e != nil {
				return nil, e
			}
			return f(), nil
		})
	}
	clockNs("time_ns", func() int { return int(time.Now().UnixNano()) })
	clockNs("monotonic_ns", func() int { return int(time.Since(processStart).Nanoseconds()) + 1000*1e9 })
	clockNs("perf_counter_ns", func() int { return int(time.Since(processStart).Nanoseconds()) + 1000*1e9 })
}
