package pyrandom

import "fmt"

// Kind names the Python exception class an [Error] stands for.
type Kind int

// The exception classes the random module raises.
const (
	ValueError Kind = iota + 1
	TypeError
	IndexError
	OverflowError
	ZeroDivisionError
)

var kindNames = map[Kind]string{
	ValueError:        "ValueError",
	TypeError:         "TypeError",
	IndexError:        "IndexError",
	OverflowError:     "OverflowError",
	ZeroDivisionError: "ZeroDivisionError",
}

// String returns the Python name of the exception class, e.g. "ValueError".
func (k Kind) String() string {
	if s, ok := kindNames[k]; ok {
		return s
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Error is a failure CPython reports by raising an exception: Kind is the
// exception class and Msg its message, character for character.
type Error struct {
	Kind Kind
	Msg  string
}

// Error returns the text of the last line of a CPython traceback for this
// exception, e.g. "ValueError: empty range for randrange()".
func (e *Error) Error() string {
	return e.Kind.String() + ": " + e.Msg
}

func newError(k Kind, format string, args ...any) *Error {
	return &Error{Kind: k, Msg: fmt.Sprintf(format, args...)}
}
