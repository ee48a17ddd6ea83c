package asyncio

import "github.com/asyncgen/asyncgen/runtime/py"

// ResetTaskCounter restarts Task-N numbering, so that each scenario numbers
// its tasks as a fresh CPython process does.
func ResetTaskCounter() { taskCounter = 0 }

// Must returns v, panicking on a Python exception (benchmarks only).
func Must[T any](v T, exc *py.Exc) T {
	if exc != nil {
		panic(exc.Error())
	}
	return v
}

// TimerCounts returns how many timers the loop's heap holds and how many
// cancelled timers it counts in it.
func (l *EventLoop) TimerCounts() (timers, cancelled int) {
	return len(l.timers), l.cancelledTimers
}
