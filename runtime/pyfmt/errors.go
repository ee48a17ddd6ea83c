package pyfmt

import "fmt"

// Python exception class names carried by Error.Kind.
const (
	ValueError    = "ValueError"
	OverflowError = "OverflowError"
	TypeError     = "TypeError"
	MemoryError   = "MemoryError"
)

// maxWidth bounds field widths: CPython fails with MemoryError when it
// cannot allocate the padded result; asyncgen refuses anything above
// 2 GiB up front rather than letting the Go runtime abort.
const maxWidth = 1 << 31

// checkWidth reports MemoryError (with an empty message, as CPython's)
// for a width that cannot be allocated.
func checkWidth(width int) error {
	if width > maxWidth {
		return &Error{Kind: MemoryError}
	}
	return nil
}

// Error is a formatting or parsing failure that the caller turns into a
// Python exception: Kind is the exception class name (ValueError,
// OverflowError, TypeError or MemoryError) and Msg is CPython's message, byte for byte.
type Error struct {
	Kind string
	Msg  string
}

// Error returns the message alone, as str() of the Python exception would.
func (e *Error) Error() string { return e.Msg }

// errorf builds an *Error of the given kind.
func errorf(kind, format string, args ...any) *Error {
	return &Error{Kind: kind, Msg: fmt.Sprintf(format, args...)}
}
