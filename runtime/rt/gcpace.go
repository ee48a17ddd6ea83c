package rt

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"sync/atomic"
)

// paceGC makes the collector pace itself as if the heap held min bytes
// more than it does: its goal after each collection is (live + min) ×
// (1 + GOGC/100) instead of live × (1 + GOGC/100), and the first
// collection comes once the heap reaches min (Go's own first goal is
// 4 MB). Without it a program whose live data is small collects every few
// megabytes of allocation; with 16 MB the collector's share of
// allocation-heavy asyncio programs (the pingpong and spawn_gather
// benchmarks) falls by 10-20 %, at the cost of up to that much more
// resident memory. A block of min bytes kept alive (a ballast) would pace
// the same way but start a collection as the program starts.
//
// It sets GOGC's percentage after every collection (a finalizer on an
// object each collection frees runs just after it), from the live heap
// that collection found. Nothing is done when min is 0 or GOGC is off.
// stop ends the pacing (at the next collection) and restores GOGC.
func paceGC(min int) (stop func()) {
	var stopped atomic.Bool
	if min <= 0 {
		return func() {}
	}
	base := debug.SetGCPercent(-1)
	if base < 0 {
		debug.SetGCPercent(base)
		return func() {}
	}
	const goMinimum = 4 << 20 // Go's first heap goal at GOGC=100
	debug.SetGCPercent(max(base, base*min/goMinimum))
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var arm func()
	arm = func() {
		runtime.SetFinalizer(new(gcSentinel), func(*gcSentinel) {
			if stopped.Load() {
				return
			}
			metrics.Read(sample)
			if sample[0].Value.Kind() == metrics.KindUint64 {
				live := max(int(sample[0].Value.Uint64()), 1<<10)
				debug.SetGCPercent(base + int(int64(100+base)*int64(min)/int64(live)))
			}
			arm()
		})
	}
	arm()
	return func() {
		stopped.Store(true)
		debug.SetGCPercent(base)
	}
}

// gcSentinel is the object whose finalizer tells paceGC a collection
// happened. It has a field so that each one is a distinct allocation.
type gcSentinel struct{ _ int }

// minHeap is the heap size paceGC paces the collector by: 16 MB, or
// ASYNCGEN_MIN_HEAP_MB (0 turns pacing off).
func minHeap() int {
	mb := 16
	if v, ok := os.LookupEnv("ASYNCGEN_MIN_HEAP_MB"); ok {
		if n, err := strconv.Atoi(v); err == nil && n >= 0 && n <= 1<<14 {
			mb = n
		}
	}
	return mb << 20
}
