package rt

import (
	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// AbandonIter finalizes the iterator of a for or async for loop over a
// temporary (for x in gen(): ...) when the loop is left early by break,
// return or an exception. CPython frees such an iterator at that moment:
// an abandoned generator is closed at once (its finally blocks run before
// the next statement), and an abandoned async generator is handed to the
// loop's finalizer hook, which schedules its aclose() as a new task. A Go
// garbage collector does neither, so generated code calls AbandonIter
// explicitly. Other iterators, and finished generators, are left alone.
func AbandonIter(it py.Object) {
	switch g := it.(type) {
	case *py.Generator:
		if e := g.Close(); e != nil {
			py.WriteUnraisable(g, e)
		}
	case *py.AsyncGenerator:
		if !g.Suspended() {
			return
		}
		loop, e := asyncio.GetRunningLoop()
		if e != nil {
			return
		}
		closing := &acloseCoro{Awaiter: g.AClose()}
		loop.CallSoon(func() *py.Exc {
			loop.CreateTask(closing)
			return nil
		})
	}
}

// acloseCode describes the task that finalizes an abandoned async
// generator.
var acloseCode = &py.Code{Name: "aclose", QualName: "async_generator.aclose", Kind: py.CoroutineCode}

// acloseCoro runs an async generator's aclose() awaitable as a task.
type acloseCoro struct{ py.Awaiter }

// Code implements py.Coroutine.
func (*acloseCoro) Code() *py.Code { return acloseCode }

// Line implements py.Coroutine.
func (*acloseCoro) Line() int { return 0 }
