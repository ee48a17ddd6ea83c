package rt

import (
	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
	"github.com/asyncgen/asyncgen/runtime/pyasyncio"
)

// AwaitAsyncioSleep0 is the awaiter of "await asyncio.sleep(0)" with a
// literal 0: AwaitAsyncioSleep without looking at the delay.
func AwaitAsyncioSleep0(mod py.Object) (py.Awaiter, *py.Exc) {
	if pyasyncio.Pristine(mod) {
		return asyncio.SleepZero(), nil
	}
	return AwaitAsyncioSleep(mod, 0)
}

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
