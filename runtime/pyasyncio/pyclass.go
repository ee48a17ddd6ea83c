package pyasyncio

import (
	"fmt"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// The classes CPython defines in Python (Lock, Event, Queue, ...) are
// Python classes here too: their instances are *py.Instance, so user code
// can subclass them, and their methods are builtins stored in the class
// with CPython's signatures (self included, so that argument errors count
// arguments as CPython does). The Go primitive behind an instance lives in
// its Native field, set by __init__: no attribute of the instance shows it.

// method is the body of a Python-level method: its bound arguments, self
// first.
type method func(a []py.Object) (py.Object, *py.Exc)

// sig returns a signature over the named parameters (self first) whose last
// len(defaults) parameters are optional.
func sig(params []string, defaults ...py.Object) *py.Signature {
	return &py.Signature{Params: params, Defaults: defaults}
}

// defPy stores a method named name in cls; calls bind their arguments to s
// with the messages CPython gives for a Python function named
// "Class.name".
func defPy(cls *py.Class, name string, s *py.Signature, fn method) {
	defPyAs(cls, name, cls.Name+"."+name, s, fn)
}

// defPyAs is defPy for a method whose messages name another class's
// method (an override standing for an inherited Python method).
func defPyAs(cls *py.Class, name, qual string, s *py.Signature, fn method) {
	cls.SetMethod(name, py.NewBuiltin(name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		a, e := s.Bind(qual, args, kw)
		if e != nil {
			return nil, e
		}
		return fn(a)
	}))
}

// impl returns the Go state of self, set by its class's __init__. A
// subclass whose __init__ does not call the base's has none, and gets the
// AttributeError CPython would raise for the missing private attribute.
func impl[T any](self py.Object, attr string) (T, *py.Exc) {
	if inst, ok := self.(*py.Instance); ok {
		if v, ok := inst.Native.(T); ok {
			return v, nil
		}
	}
	var zero T
	return zero, py.Errorf(py.AttributeError, "'%s' object has no attribute '%s'", py.TypeName(self), attr)
}

// setImpl stores the Go state of a new instance.
func setImpl(self py.Object, v any) {
	self.(*py.Instance).Native = v
}

// objectRepr is object.__repr__(o) with extra text before the closing
// bracket, as CPython's primitives show themselves:
// "<asyncio.locks.Lock object at 0x... [unlocked]>".
func objectRepr(o py.Object, extra string) string {
	c := py.TypeOf(o)
	return fmt.Sprintf("<%s.%s object at %p [%s]>", c.Module, c.Name, o, extra)
}

// withWaiters appends CPython's ", waiters:N" to a repr's state when tasks
// wait.
func withWaiters(s string, n int) string {
	if n > 0 {
		return fmt.Sprintf("%s, waiters:%d", s, n)
	}
	return s
}

// none is the result of a method that returns None or raises e.
func none(e *py.Exc) (py.Object, *py.Exc) {
	if e != nil {
		return nil, e
	}
	return py.None, nil
}
