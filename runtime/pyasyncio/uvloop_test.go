package pyasyncio_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
	"github.com/asyncgen/asyncgen/runtime/pyasyncio"
)

// TestUvloop replays testdata/api/08_uvloop.py: module-level code calling
// uvloop.install, asyncio.set_event_loop_policy, asyncio.run and
// uvloop.run, as a compiled program's module body does (holding the GIL).
func TestUvloop(t *testing.T) {
	golden, err := os.ReadFile(filepath.Join("testdata", "api", "08_uvloop.golden"))
	if err != nil {
		t.Fatalf("reading golden file: %v", err)
	}
	x := &env{t: t, mod: pyasyncio.Module()}
	uv := pyasyncio.UvloopModule()
	t.Setenv(pyasyncio.ClockEnv, "virtual")
	gil.Acquire(gil.NewThreadState())
	defer gil.Release()

	main := func(n int) py.Object {
		return co(
			await(func() py.Object { return x.sleep(0) }),
			await(func() py.Object {
				x.print("running on", py.TypeOf(x.call("get_running_loop")).Name)
				return returned{n * 2}
			}),
		)
	}
	uvCall := func(name string, args ...py.Object) py.Object {
		return x.must(py.Call(x.must(py.GetAttr(uv, name)), args, nil))
	}
	x.print(uvCall("install"))
	x.print(x.call("set_event_loop_policy", uvCall("EventLoopPolicy")))
	x.print(x.call("run", main(1)))
	x.print(uvCall("run", main(2)))
	loop := uvCall("new_event_loop")
	x.print(x.m(loop, "is_running"), x.m(loop, "is_closed"))
	x.m(loop, "close")
	_, e := py.Call(x.must(py.GetAttr(uv, "install")), []py.Object{1}, nil)
	x.err(e)
	if got := x.out.String(); got != string(golden) {
		t.Errorf("output differs from CPython's\n--- got\n%s--- want\n%s", got, golden)
	}
}
