package asyncio

import "github.com/asyncgen/asyncgen/runtime/py"

// SleepZero is Sleep(0, nil): the awaiter of asyncio.sleep(0), which
// yields to the loop exactly once. It allocates nothing.
func SleepZero() py.Coroutine { return sleep0{} }
