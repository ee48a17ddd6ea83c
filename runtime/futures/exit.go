package futures

import (
	"slices"
	"sync"

	"github.com/asyncgen/asyncgen/runtime/gil"
)

// pool is what AtExit needs of an executor.
type pool interface {
	Close(cancelFutures bool)
	Join()
}

// live lists the pools that have not been joined, in creation order, so
// that the program's exit can wait for their work as CPython's
// interpreter shutdown joins executor threads. It is process-wide state,
// like the interpreter's list of threads.
var live struct {
	mu    sync.Mutex
	pools []pool
}

func track(p pool) {
	live.mu.Lock()
	live.pools = append(live.pools, p)
	live.mu.Unlock()
}

func untrack(p pool) {
	live.mu.Lock()
	if i := slices.Index(live.pools, p); i >= 0 {
		live.pools = slices.Delete(live.pools, i, i+1)
	}
	live.mu.Unlock()
}

// AtExit is what CPython does for executors when the main module ends:
// every pool not yet joined stops accepting work, finishes what it was
// given, and its workers (goroutines and processes) exit. The caller
// holds the GIL; it is released while waiting.
func AtExit() {
	live.mu.Lock()
	pools := slices.Clone(live.pools)
	live.mu.Unlock()
	for _, p := range pools {
		p.Close(false)
	}
	gil.Blocking(func() {
		for _, p := range pools {
			p.Join()
		}
	})
}
