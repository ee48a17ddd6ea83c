package py

import "strings"

// Frame is one entry of a Python traceback.
type Frame struct {
	File string // the .py file, as the traceback prints it
	Line int    // 1-based line
	Func string // function name, or "<module>"
}

// Exc is a Python exception instance: an instance of BaseException or of any
// class derived from it, built-in or user-defined.
//
// Generated code and the runtime pass *Exc by value as the last result of
// every operation that can raise; nil means no exception.
type Exc struct {
	// Class is the exception's class (ValueError, a user class, ...).
	Class *Class
	// Args is the exception's args tuple.
	Args Tuple
	// Cause is __cause__, set by "raise ... from cause".
	Cause *Exc
	// Context is __context__, the exception being handled when this one
	// was raised.
	Context *Exc
	// SuppressContext is __suppress_context__ ("raise ... from None", or
	// any explicit cause).
	SuppressContext bool
	// Traceback lists the frames the exception has passed through, the
	// frame that raised it first and the outermost last.
	Traceback []Frame
	// Attrs holds instance attributes set by user code (nil when none).
	Attrs map[string]Object
	// Group holds the sub-exceptions of a BaseExceptionGroup.
	Group []*Exc
}

// NewExc returns a new exception of class cls with the given args.
func NewExc(cls *Class, args ...Object) *Exc {
	return &Exc{Class: cls, Args: Tuple(args)}
}

// Errorf returns a new exception of class cls whose single argument is the
// message built from format and a, as Go's fmt.Sprintf builds it. Runtime
// code uses it for CPython's built-in messages ("division by zero").
func Errorf(cls *Class, format string, a ...any) *Exc {
	return NewExc(cls, sprintf(format, a...))
}

// Matches reports whether e is an instance of cls (an "except cls:" test).
func (e *Exc) Matches(cls *Class) bool { return e.Class.IsSubclass(cls) }

// AddFrame appends the frame the exception is propagating out of. It is
// called on every error path of compiled code and is kept out of line
// there: inlined, each call site grew the caller's code and stack frame.
//
//go:noinline
func (e *Exc) AddFrame(f Frame) { e.Traceback = append(e.Traceback, f) }

// Message is str(e): empty for no args, str(arg) for one argument (repr of
// the key for KeyError), the repr of the args tuple otherwise.
func (e *Exc) Message() string {
	if e.Group != nil {
		return groupMessage(e)
	}
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if e.Class.IsSubclass(KeyError) {
			return Repr(e.Args[0])
		}
		return Str(e.Args[0])
	default:
		if msg, ok := oserrorMessage(e); ok {
			return msg
		}
		return Repr(e.Args)
	}
}

// Error returns the exception as a traceback's last line prints it:
// "ValueError: boom", or just the qualified class name when str(e) is
// empty. It makes *Exc a Go error for code that calls into Python.
func (e *Exc) Error() string {
	msg := e.Message()
	name := e.Class.QualifiedName()
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

// ReprExc is repr(e): ValueError('boom'), CancelledError(), KeyError('k').
func ReprExc(e *Exc) string {
	var b strings.Builder
	b.WriteString(e.Class.Name)
	if len(e.Args) == 1 {
		b.WriteByte('(')
		b.WriteString(Repr(e.Args[0]))
		b.WriteByte(')')
		return b.String()
	}
	b.WriteString(Repr(e.Args))
	return b.String()
}

// oserrorMessage is str() of an OSError built from (errno, strerror[,
// filename]): "[Errno 2] No such file or directory: 'x'".
func oserrorMessage(e *Exc) (string, bool) {
	if !e.Class.IsSubclass(OSError) || len(e.Args) < 2 || len(e.Args) > 5 {
		return "", false
	}
	msg := "[Errno " + Str(e.Args[0]) + "] " + Str(e.Args[1])
	if len(e.Args) >= 3 {
		return msg + ": " + Repr(e.Args[2]), true
	}
	if fn, ok := e.Attrs["filename"]; ok && fn != None {
		return msg + ": " + Repr(fn), true
	}
	return msg, true
}
