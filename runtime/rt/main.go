package rt

import (
	"os"
	"runtime"
	"strconv"

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
	main := gil.NewThreadState()
	main.Depth = 1 // the module's own frame, as CPython counts it
	gil.Acquire(main)
	futures.RegisterMain(lookup)
	if futures.IsWorker() {
		if e := module(true); e != nil {
			py.ExitProcess(py.ExitCode(e))
		}
		py.ExitProcess(futures.ServeWorker(lookup))
	}
	// The ballast raises the garbage collector's first targets: see
	// minHeap.
	ballast := make([]byte, minHeap())
	py.Main(func() *py.Exc {
		e := module(false)
		futures.AtExit()
		runtime.KeepAlive(ballast)
		return e
	})
}

// minHeap is the size of the ballast Main keeps alive: a block never
// written, so it takes address space but no memory, that counts towards the
// heap the collector paces itself by. Without it a program whose live data
// is small collects every 4 MB of allocation (Go's minimum heap goal); with
// 16 MB it collects about every 16 MB, which cuts the collector's share of
// allocation-heavy asyncio programs (the pingpong and spawn_gather
// benchmarks by 10-20 %) at the cost of up to that much more resident
// memory in them. ASYNCGEN_MIN_HEAP_MB sets it (0 turns it off).
func minHeap() int {
	mb := 16
	if v, ok := os.LookupEnv("ASYNCGEN_MIN_HEAP_MB"); ok {
		if n, err := strconv.Atoi(v); err == nil && n >= 0 && n <= 1<<14 {
			mb = n
		}
	}
	return mb << 20
}
