// Package py is asyncgen's Python value model: the dynamic object type,
// classes, exceptions, the coroutine/generator protocol, and the builtins
// that generated code calls.
//
// # Values
//
// A Python value is an [Object], which is Go's any. Immutable scalars use
// plain Go types so that Go code and generated code share them without
// conversion:
//
//	None      NoneType (the single value None)
//	bool      bool
//	int       int (fits in 64 bits) or *big.Int (only when it does not)
//	float     float64
//	str       string (UTF-8; indexing is by code point)
//
// Mutable and composite values are pointers to types of this package
// (*List, *Dict, Tuple, ...). Every operation that can raise returns a
// *Exc as its last result; a nil *Exc means success. Python exceptions are
// ordinary Go values, never Go panics.
//
// # Concurrency
//
// Values are not safe for concurrent use: Python code runs on one
// goroutine at a time (the event loop's, or a pool thread holding the
// interpreter lock).
package py
