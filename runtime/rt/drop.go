package rt

import "github.com/asyncgen/asyncgen/runtime/py"

// Drop is what an expression statement does with the value of a call:
// CPython frees it there and then, and a coroutine freed before it ever
// ran warns that it was never awaited (the usual "forgot the await" bug),
// at the line of the statement, once per line. code is the function the
// statement is in.
func Drop(v py.Object, code *py.Code, line int) {
	if v == py.None {
		return
	}
	if c, ok := v.(py.Coroutine); ok {
		dropCoroutine(c, code, line)
	}
}

// dropCoroutine warns for a coroutine that never ran. One that does not
// report its state (asyncio's own, such as sleep(0) or Queue.get(), made
// by the call) counts as new.
func dropCoroutine(c py.Coroutine, code *py.Code, line int) {
	if s, ok := c.(py.StateReporter); ok && s.State() != 0 || c.Code().Kind != py.CoroutineCode {
		return
	}
	py.ShowWarning(code.File, line, py.RuntimeWarning, py.NeverAwaited(c.Code().QualName), py.TracemallocHint)
}
