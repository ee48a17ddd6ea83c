package pyasyncio_test

import (
	"testing"

	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
	"github.com/asyncgen/asyncgen/runtime/pyasyncio"
)

// TestLoopAPI checks the Python face of the classic loop API: what each
// call returns or raises, with CPython 3.11's messages.
func TestLoopAPI(t *testing.T) {
	value := func(v py.Object) py.Object { return co(await(func() py.Object { return returned{v} })) }
	tests := []struct {
		name string
		do   func(x *env, loop py.Object) (py.Object, *py.Exc)
		want string // the result's str, or "Class: message"
	}{
		{"run_until_complete coroutine", func(x *env, loop py.Object) (py.Object, *py.Exc) {
			return py.CallMethod(loop, "run_until_complete", []py.Object{value(5)}, nil)
		}, "5"},
		{"run_until_complete runtime awaitable", func(x *env, loop py.Object) (py.Object, *py.Exc) {
			q := x.call("Queue")
			x.m(q, "put_nowait", 7)
			return py.CallMethod(loop, "run_until_complete", []py.Object{x.m(q, "get")}, nil)
		}, "7"},
		{"run_until_complete non-awaitable", func(x *env, loop py.Object) (py.Object, *py.Exc) {
			return py.CallMethod(loop, "run_until_complete", []py.Object{42}, nil)
		}, "TypeError: An asyncio.Future, a coroutine or an awaitable is required"},
		{"closed before type check", func(x *env, loop py.Object) (py.Object, *py.Exc) {
			x.m(loop, "close")
			return py.CallMethod(loop, "run_until_complete", []py.Object{42}, nil)
		}, "RuntimeError: Event loop is closed"},
		{"run_until_complete missing argument", func(x *env, loop py.Object) (py.Object, *py.Exc) {
			return py.CallMethod(loop, "run_until_complete", nil, nil)
		}, "TypeError: BaseEventLoop.run_until_complete() missing 1 required positional argument: 'future'"},
		{"create_task name is keyword-only", func(x *env, loop py.Object) (py.Object, *py.Exc) {
			return py.CallMethod(loop, "create_task", []py.Object{value(1), "n"}, nil)
		}, "TypeError: BaseEventLoop.create_task() takes 2 positional arguments but 3 were given"},
		{"create_task name", func(x *env, loop py.Object) (py.Object, *py.Exc) {
			task := x.mkw(loop, "create_task", []py.Object{value(1)}, py.Kwarg{Name: "name", Value: "early"})
			x.m(loop, "run_until_complete", task)
			return py.CallMethod(task, "get_name", nil, nil)
		}, "early"},
		{"call_soon on a closed loop", func(x *env, loop py.Object) (py.Object, *py.Exc) {
			x.m(loop, "close")
			return py.CallMethod(loop, "call_soon", []py.Object{42}, nil)
		}, "RuntimeError: Event loop is closed"},
		{"set_event_loop type", func(x *env, _ py.Object) (py.Object, *py.Exc) {
			return py.Call(x.a("set_event_loop"), []py.Object{42}, nil)
		}, "TypeError: loop must be an instance of AbstractEventLoop or None, not 'int'"},
		{"get_event_loop is set loop", func(x *env, loop py.Object) (py.Object, *py.Exc) {
			x.call("set_event_loop", loop)
			return x.call("get_event_loop") == loop, nil
		}, "True"},
		{"asyncio.run non-coroutine", func(x *env, _ py.Object) (py.Object, *py.Exc) {
			return py.Call(x.a("run"), []py.Object{42}, nil)
		}, "ValueError: a coroutine was expected, got 42"},
		{"get_event_loop after asyncio.run", func(x *env, _ py.Object) (py.Object, *py.Exc) {
			x.call("run", value(1))
			return py.Call(x.a("get_event_loop"), nil, nil)
		}, "RuntimeError: There is no current event loop in thread 'MainThread'."},
		{"shutdown_default_executor", func(x *env, loop py.Object) (py.Object, *py.Exc) {
			x.m(loop, "run_until_complete", x.m(loop, "shutdown_default_executor"))
			return py.CallMethod(loop, "run_in_executor", []py.Object{py.None, x.a("sleep"), 0}, nil)
		}, "RuntimeError: Executor shutdown has been called"},
		{"isinstance", func(x *env, loop py.Object) (py.Object, *py.Exc) {
			return py.IsInstance(loop, x.a("AbstractEventLoop"))
		}, "True"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := &env{t: t, mod: pyasyncio.Module()}
			t.Setenv(pyasyncio.ClockEnv, "virtual")
			gil.Acquire(gil.NewMainThreadState())
			defer gil.Release()
			loop := x.call("new_event_loop")
			v, e := tt.do(x, loop)
			x.m(loop, "close")
			got := ""
			if e != nil {
				got = e.Class.Name + ": " + e.Message()
			} else {
				got = py.Str(v)
			}
			if got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
			asyncio.AtExit(nil)
		})
	}
}
