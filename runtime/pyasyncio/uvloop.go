package pyasyncio

import (
	"github.com/asyncgen/asyncgen/runtime/py"
)

// The uvloop module: asyncgen's own loop already is the fast loop that
// uvloop gives CPython, so "import uvloop; uvloop.install()" and
// "asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())" are accepted
// and change nothing; uvloop.run is asyncio.run.

// UvloopPolicyClass is uvloop.EventLoopPolicy.
var UvloopPolicyClass = py.NewClass("EventLoopPolicy", "uvloop", py.ObjectClass)

// UvloopModule returns a new uvloop module object.
func UvloopModule() *py.Module {
	return &py.Module{Name: "uvloop", Attrs: map[string]py.Object{
		"EventLoopPolicy": UvloopPolicyClass,
		"Loop":            LoopType,
		"install":         py.NewBuiltin("install", uvloopInstall),
		"new_event_loop":  py.NewBuiltin("new_event_loop", newEventLoop),
		"run":             py.NewBuiltin("run", run),
	}}
}

// uvloopInstall is uvloop.install(): nothing to do.
func uvloopInstall(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if _, e := sig(nil).Bind("install", args, kw); e != nil {
		return nil, e
	}
	return py.None, nil
}

// newEventLoop is asyncio.new_event_loop() and uvloop.new_event_loop(): a
// loop that is not running (asyncio.run makes its own).
func newEventLoop(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if _, e := sig(nil).Bind("new_event_loop", args, kw); e != nil {
		return nil, e
	}
	return makeLoop(), nil
}

// setEventLoopPolicy is asyncio.set_event_loop_policy(policy): accepted,
// ignored (the only policy is asyncgen's loop).
func setEventLoopPolicy(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if _, e := sig([]string{"policy"}).Bind("set_event_loop_policy", args, kw); e != nil {
		return nil, e
	}
	return py.None, nil
}
