// Package sizes shows Go code calling coroutines compiled from sizes.py:
// go generate writes sizes_asyncgen.go, whose typed API (FetchAll,
// Largest, ...) runs them on an event loop.
package sizes

//go:generate go run github.com/asyncgen/asyncgen/cmd/asyncgen gen sizes.py
