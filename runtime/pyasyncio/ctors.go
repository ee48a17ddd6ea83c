package pyasyncio

import (
	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// Constructors of the runtime's own Python classes: asyncio.Future(),
// asyncio.TaskGroup() and asyncio.Timeout(when).
func init() {
	py.DefineConstructor(asyncio.TaskGroupClass, newTaskGroup)
	py.DefineConstructor(asyncio.FutureClass, newFuture)
	py.DefineConstructor(asyncio.TimeoutClass, newTimeout)
}

// newFuture is asyncio.Future(*, loop=None): a future of loop, or of
// get_event_loop()'s loop.
func newFuture(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if len(args) > 0 {
		return nil, py.Errorf(py.TypeError, "Future() takes no positional arguments")
	}
	var loop py.Object = py.None
	for _, k := range kw {
		if k.Name != "loop" {
			return nil, py.Errorf(py.TypeError, "'%s' is an invalid keyword argument for Future()", k.Name)
		}
		loop = k.Value
	}
	l, e := loopArg(loop)
	if e != nil {
		return nil, e
	}
	return l.CreateFuture(), nil
}

// newTimeout is asyncio.Timeout(when): a deadline in loop time, None for
// never.
func newTimeout(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a, e := sig([]string{"self", "when"}).Bind("Timeout.__init__", append([]py.Object{py.None}, args...), kw)
	if e != nil {
		return nil, e
	}
	w, e := whenArg(a[1])
	if e != nil {
		return nil, e
	}
	return asyncio.TimeoutAt(w), nil
}
