package pyfmt

import "fmt"

// Python exception class names carried by Error.Kind.
const (
	ValueError    = "ValueError"
	OverflowError = "OverflowError"
	TypeError     = "TypeError"
)

// Error is a formatting or parsing failure that the caller turns into a
// Python exception: Kind is the exception class name (ValueError,
// OverflowError or TypeError) and Msg is CPython's message, byte for byte.
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
