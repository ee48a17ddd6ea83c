// Package rt is the support library of the Go code asyncgen generates: the
// small operations whose Python semantics are not a value operation of
// runtime/py (name errors, unpacking, exception matching and chaining,
// imports, iteration with a done flag, the program's entry point).
//
// Generated code calls runtime/py for values and rt for everything else;
// user Go code has no reason to import rt.
//
// Debugging with Go panics: Python exceptions are Go values, routed to
// their handlers without panicking, so a Python traceback is all a failing
// program prints. Setting ASYNCGEN_PANIC (see PanicEnv) in the environment
// of a compiled program makes its raise statements (raise, raise ... from,
// a failing assert) panic instead, with a *RaisePanic: "1" or "all" for
// every exception, or class names, "ValueError,KeyError", for those
// classes and their subclasses, whether or not a handler would catch
// them. The Go stack trace then names the .py file and line of each
// compiled frame, down to the raise statement, and a debugger stops
// there. Generated scaffolding shows as the pseudo-file <asyncgen>. Not
// yet for code the event loop runs (tasks, callbacks): the loop turns a Go
// panic there into a RuntimeError ("Go panic in main: ...").
package rt

import (
	"math/big"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// Source is a compiled module's file name and text, registered so that
// tracebacks can print source lines.
type Source struct {
	File string
	Text string
}

// Completion records why control entered a finally block, so that the
// block can resume that exit afterwards: Kind is 0 (fell off the end of
// the try), 1 (an exception, in Exc), 2 (a return) or 3 (break/continue,
// identified by Target).
type Completion struct {
	Kind   int
	Target int
	Exc    *py.Exc
}

// MustBuiltin returns the builtin called name; generated code only asks
// for builtins the checker knows.
func MustBuiltin(name string) py.Object {
	v, ok := py.Builtins[name]
	if !ok {
		panic("asyncgen: unknown builtin " + name)
	}
	return v
}

// MustInt returns the int of a decimal literal too big for 64 bits.
func MustInt(decimal string) py.Object {
	v, ok := new(big.Int).SetString(decimal, 10)
	if !ok {
		panic("asyncgen: bad int literal " + decimal)
	}
	return py.NewInt(v)
}

// NameError is raised by a read of an unbound global.
func NameError(name string) *py.Exc {
	return py.Errorf(py.NameError, "name '%s' is not defined", name)
}

// UnboundLocal is raised by a read of a local before assignment.
func UnboundLocal(name string) *py.Exc {
	return py.Errorf(py.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name)
}

// FreeVarError is raised by a read of an enclosing function's variable
// before assignment.
func FreeVarError(name string) *py.Exc {
	return py.Errorf(py.NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

// SetContext sets exc.__context__ to the exception being handled when exc
// was raised, as CPython does, unless exc already has one or is that very
// exception. Cycles are broken as CPython breaks them.
func SetContext(exc, handled *py.Exc) {
	if handled == nil || exc == handled || exc.Context != nil {
		return
	}
	for c := handled; c != nil; c = c.Context {
		if c.Context == exc {
			c.Context = nil
			break
		}
	}
	exc.Context = handled
}

// Raise converts the operand of "raise X" into the exception to raise.
func Raise(v py.Object) *py.Exc { return debugPanic(toExc(v)) }

// toExc converts the operand of raise into the exception it raises (a
// TypeError when it is neither an exception nor an exception class).
func toExc(v py.Object) *py.Exc {
	e, err := py.ToExc(v, nil)
	if err != nil {
		return err
	}
	return e
}

// RaiseFrom is "raise X from Y": Y (an exception, a class, or None)
// becomes X's __cause__ and the context is suppressed.
func RaiseFrom(v, cause py.Object) *py.Exc {
	e := toExc(v)
	if e.Class == py.TypeError && !isExc(v) {
		return debugPanic(e)
	}
	if cause == py.None {
		e.Cause = nil
	} else {
		c, err := py.ToExc(cause, nil)
		if err != nil {
			return debugPanic(py.Errorf(py.TypeError, "exception causes must derive from BaseException"))
		}
		e.Cause = c
	}
	e.SuppressContext = true
	return debugPanic(e)
}

func isExc(v py.Object) bool {
	switch v := v.(type) {
	case *py.Exc:
		return true
	case *py.Class:
		return v.IsSubclass(py.BaseException)
	}
	return false
}

// Reraise is a bare "raise" of the exception being handled.
func Reraise(e *py.Exc) *py.Exc { return e }

// NoActiveException is raised by a bare "raise" outside any handler.
func NoActiveException() *py.Exc {
	return debugPanic(py.Errorf(py.RuntimeError, "No active exception to reraise"))
}

// ExceptMatch is the test of an "except T:" clause, where T is a class or
// a tuple of classes.
func ExceptMatch(e *py.Exc, t py.Object) (bool, *py.Exc) {
	switch t := t.(type) {
	case *py.Class:
		if !t.IsSubclass(py.BaseException) {
			break
		}
		return e.Matches(t), nil
	case py.Tuple:
		for _, x := range t {
			ok, err := ExceptMatch(e, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, py.Errorf(py.TypeError, "catching classes that do not inherit from BaseException is not allowed")
}

// AssertionError is raised by a failing assert; msg is nil without a
// message.
func AssertionError(msg py.Object) *py.Exc {
	if msg == nil {
		return debugPanic(py.NewExc(py.AssertionError))
	}
	return debugPanic(py.NewExc(py.AssertionError, msg))
}

// ResumeFinished is raised when a finished state machine is resumed.
func ResumeFinished(code *py.Code) *py.Exc {
	switch code.Kind {
	case py.CoroutineCode:
		return py.Errorf(py.RuntimeError, "cannot reuse already awaited coroutine")
	case py.AsyncGeneratorCode:
		return py.NewExc(py.StopAsyncIteration)
	}
	return py.NewExc(py.StopIteration)
}

// AsString returns the Go string of a str value (a format spec).
func AsString(v py.Object) string {
	s, _ := v.(string)
	return s
}

// Func returns the function object of a compiled def or lambda.
func Func(code *py.Code, sig *py.Signature, fn func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc)) *py.Function {
	counted := func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := EnterCall(); e != nil {
			return nil, e
		}
		r, e := fn(args, kw)
		LeaveCall()
		return r, e
	}
	f := py.NewFunction(code.Name, code.QualName, sig, counted)
	f.Code = code
	return f
}
