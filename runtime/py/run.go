package py

import (
	"math/big"
	"os"
)

// ExitCode returns the process exit status for an exception that ended
// the program, printing what CPython prints to Stderr: nothing for
// SystemExit(None) or SystemExit(int), the message for SystemExit(str),
// the traceback otherwise. Stdout is flushed first.
func ExitCode(e *Exc) int {
	_ = Stdout.Flush()
	if e == nil {
		return 0
	}
	if e.Matches(SystemExit) {
		var code Object = None
		switch len(e.Args) {
		case 0:
		case 1:
			code = e.Args[0]
		default:
			code = e.Args
		}
		switch v := code.(type) {
		case NoneType:
			return 0
		case int:
			return v & 0xff
		case bool:
			if v {
				return 1
			}
			return 0
		case *big.Int:
			return -1 & 0xff
		}
		_ = Stderr.WriteString(Str(code) + "\n")
		return 1
	}
	_ = Stderr.WriteString(FormatTraceback(e))
	if e.Matches(KeyboardInterrupt) {
		return 130
	}
	return 1
}

// Main runs a compiled script's module body and exits the process as
// CPython would: 0 on success, the SystemExit code, or 1 after printing
// the traceback of an uncaught exception. A Go panic (a runtime bug, never
// a Python error) still flushes what the program printed before it
// propagates. The atExit functions run last, after the traceback, with
// the exception that ended the program (nil if none): what CPython
// reports while it finalizes the interpreter.
func Main(body func() *Exc, atExit ...func(uncaught *Exc)) {
	defer func() {
		if r := recover(); r != nil {
			_ = Stdout.Flush()
			panic(r)
		}
	}()
	e := body()
	code := ExitCode(e)
	for _, f := range atExit {
		f(e)
	}
	ExitProcess(code)
}

// ExitProcess flushes the standard streams and ends the process with
// code, for code paths that must exit without returning to Main (worker
// processes, os._exit).
func ExitProcess(code int) {
	_ = Stdout.Flush()
	_ = Stderr.Flush()
	os.Exit(code)
}

// Enter is the start of "with cm as x": cm.__enter__().
func Enter(cm Object) (Object, *Exc) {
	if _, e := GetAttr(cm, "__exit__"); e != nil {
		return nil, Errorf(TypeError, "'%s' object does not support the context manager protocol", TypeName(cm))
	}
	return CallMethod(cm, "__enter__", nil, nil)
}

// Exit is the end of a with block: cm.__exit__(type, value, traceback),
// with exc nil when the block completed normally. It reports whether the
// exception is suppressed (a true result).
func Exit(cm Object, exc *Exc) (bool, *Exc) {
	args := []Object{None, None, None}
	if exc != nil {
		args = []Object{exc.Class, exc, None}
	}
	r, e := CallMethod(cm, "__exit__", args, nil)
	if e != nil {
		return false, e
	}
	if exc == nil {
		return false, nil
	}
	return Truth(r)
}

// Super is super() inside a method of cls called on self: attribute
// lookup starts after cls in self's class hierarchy.
type Super struct {
	Class *Class
	Self  Object
}

// NewSuper returns super(cls, self).
func NewSuper(cls *Class, self Object) *Super { return &Super{Class: cls, Self: self} }

// Type implements Typed.
func (s *Super) Type() *Class { return superType }

var superType = NewClass("super", "builtins", ObjectClass)

func (s *Super) getAttr(name string) (Object, bool, *Exc) {
	for k := s.Class.Base; k != nil; k = k.Base {
		if v, ok := k.Attrs[name]; ok {
			if p, ok := v.(*Property); ok {
				r, e := Call(p.Get, []Object{s.Self}, nil)
				return r, true, e
			}
			return bindClassAttr(s.Self, k, v), true, nil
		}
		if ctor, ok := builtinConstructors[k]; ok && name == "__init__" {
			_ = ctor
			return NewBuiltin("__init__", func(args []Object, kw []Kwarg) (Object, *Exc) { return None, nil }), true, nil
		}
		if name == "__init__" && k.IsSubclass(BaseException) && k.Module == "builtins" {
			self := s.Self
			return NewBuiltin("__init__", func(args []Object, kw []Kwarg) (Object, *Exc) {
				if x, ok := self.(*Exc); ok {
					x.Args = Tuple(append([]Object(nil), args...))
				}
				return None, nil
			}), true, nil
		}
	}
	if name == "__init__" {
		return NewBuiltin("__init__", func(args []Object, kw []Kwarg) (Object, *Exc) { return None, nil }), true, nil
	}
	if m, ok := objectDunder(s.Self, name); ok {
		return m, true, nil
	}
	return nil, false, nil
}
