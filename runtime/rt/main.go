package rt

import (
	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/futures"
	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// Main runs a compiled program: it registers the source, takes the
// interpreter lock for the main thread, runs the module body and exits as
// CPython would, after pools that were never shut down finish their work.
// lookup returns a module global by name: a process pool's workers call
// the program's functions through it.
//
// A process-pool worker is the same binary started again in worker mode
// (futures.IsWorker): module(true) runs only the module's definitions,
// as a forked CPython worker would find them, and then the worker serves
// calls until its pool shuts it down.
func Main(src Source, module func(worker bool) *py.Exc, lookup func(name string) (py.Object, bool)) {
	py.RegisterSource(src.File, src.Text)
	gil.Acquire(gil.NewMainThreadState())
	futures.RegisterMain(lookup)
	if futures.IsWorker() {
		if e := module(true); e != nil {
			py.ExitProcess(py.ExitCode(e))
		}
		py.ExitProcess(futures.ServeWorker(lookup))
	}
	paceGC(minHeap())
	py.Main(func() *py.Exc {
		e := module(false)
		futures.AtExit()
		asyncio.BeforeExit(e)
		return e
	}, asyncio.AtExit)
}
