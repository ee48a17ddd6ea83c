package asyncio

// ResetTaskCounter restarts Task-N numbering, so that each scenario numbers
// its tasks as a fresh CPython process does.
func ResetTaskCounter() { taskCounter.Store(0) }
