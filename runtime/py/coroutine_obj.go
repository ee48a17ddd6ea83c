package py

import "fmt"

// Coroutine objects. A compiled "async def" returns its state machine,
// which is the coroutine object: TypeOf gives CoroutineType, its repr is
// CPython's, and it has send, throw and close for code that drives a
// coroutine by hand. A state machine that also implements StateReporter
// lets those methods tell a fresh or finished coroutine from a suspended
// one, as CPython does; the compiler always emits it.

// StateReporter is implemented by compiled state machines: State is 0
// before the first resume, -1 once finished and positive while suspended.
type StateReporter interface {
	State() int
}

func coroutineState(c Coroutine) int {
	if s, ok := c.(StateReporter); ok {
		return s.State()
	}
	return 1
}

func coroutineRepr(c Coroutine) string {
	return fmt.Sprintf("<coroutine object %s at %p>", c.Code().QualName, c)
}

// coroutineSend is coro.send(v): the value the coroutine yields next, or
// StopIteration carrying its return value.
func coroutineSend(c Coroutine, v Object, thrown *Exc) (Object, *Exc) {
	switch coroutineState(c) {
	case -1:
		if thrown != nil {
			return nil, thrown
		}
		return nil, Errorf(RuntimeError, "cannot reuse already awaited coroutine")
	case 0:
		if thrown == nil && v != nil && v != None {
			return nil, Errorf(TypeError, "can't send non-None value to a just-started coroutine")
		}
	}
	r, st, e := c.Resume(v, thrown)
	switch st {
	case Yielded:
		return r, nil
	case Returned:
		stop := NewExc(StopIteration)
		if r != nil && r != None {
			stop = NewExc(StopIteration, r)
		}
		return nil, stop
	}
	return nil, e
}

// coroutineClose is coro.close(): GeneratorExit is thrown in at the
// suspension point; the coroutine must not suspend again.
func coroutineClose(c Coroutine) *Exc {
	if coroutineState(c) <= 0 {
		if coroutineState(c) == 0 {
			_, _, _ = c.Resume(nil, NewExc(GeneratorExit)) // marks it finished without running it
		}
		return nil
	}
	_, st, e := c.Resume(nil, NewExc(GeneratorExit))
	switch st {
	case Yielded:
		return Errorf(RuntimeError, "coroutine ignored GeneratorExit")
	case Returned:
		return nil
	}
	if e.Matches(GeneratorExit) || e.Matches(StopIteration) {
		return nil
	}
	return e
}

func init() {
	self := func(o Object) Coroutine { return o.(Coroutine) }
	defMethod(CoroutineType, "send", []string{"value"}, 1, func(o Object, a []Object) (Object, *Exc) {
		return coroutineSend(self(o), a[0], nil)
	})
	defMethod(CoroutineType, "throw", []string{"typ", "val", "tb"}, 1, func(o Object, a []Object) (Object, *Exc) {
		exc, e := ToExc(a[0], a[1])
		if e != nil {
			return nil, e
		}
		return coroutineSend(self(o), nil, exc)
	})
	defMethod(CoroutineType, "close", nil, 0, func(o Object, _ []Object) (Object, *Exc) {
		return None, coroutineClose(self(o))
	})
	DefineProperty(CoroutineType, "cr_frame", func(o Object) (Object, *Exc) {
		if c := self(o); coroutineState(c) >= 0 {
			return c.Code(), nil
		}
		return None, nil
	})
}

// Delegate returns an Awaiter that drives g as "yield from g" and "await"
// on an __await__ result do: each value g yields is passed up to whoever
// drives the awaiting coroutine, and what it is resumed with goes back
// into g; g's return value is the result.
func (g *Generator) Delegate() Awaiter { return generatorAwaiter{g} }

type generatorAwaiter struct{ g *Generator }

func (a generatorAwaiter) Resume(sent Object, thrown *Exc) (Object, Status, *Exc) {
	return a.g.resume(sent, thrown)
}
