package rt

import (
	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
	"github.com/asyncgen/asyncgen/runtime/pyasyncio"
)

// AsyncioPristine reports whether mod is the runtime's asyncio module with
// its functions unpatched, so that "await asyncio.sleep(0)" may be compiled
// as a bare yield to the task (see Sleep0Thrown).
func AsyncioPristine(mod py.Object) bool { return pyasyncio.Pristine(mod) }

// Sleep0Thrown is the exception a bare yield compiled for "await
// asyncio.sleep(0)" raises when thrown is thrown in at it: thrown, with the
// frames of asyncio's sleep that the traceback shows under CPython.
func Sleep0Thrown(thrown *py.Exc) *py.Exc {
	_, _, e := asyncio.SleepZero().Resume(nil, thrown)
	return e
}
