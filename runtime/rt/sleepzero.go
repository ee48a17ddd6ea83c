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
