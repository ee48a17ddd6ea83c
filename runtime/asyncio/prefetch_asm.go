//go:build amd64 || arm64

package asyncio

// prefetch asks the processor to bring the cache line at addr in, without
// waiting for it: a hint, which never faults, whatever addr is.
//
//go:noescape
func prefetch(addr uintptr)
