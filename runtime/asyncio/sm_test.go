package asyncio_test

import (
	"github.com/asyncgen/asyncgen/runtime/py"
)

// This file is the hand-written stand-in for generated code: sm is a
// coroutine state machine whose body is a Go func switching on a program
// counter, and which awaits by delegation exactly as compiled code will.

// step says what a body does next: await an awaitable and resume at pc,
// return a value, or raise.
type step struct {
	kind uint8 // stepAwait, stepReturn, stepRaise
	aw   py.Awaiter
	v    py.Object
	exc  *py.Exc
}

const (
	stepAwait = iota
	stepReturn
	stepRaise
)

// body is a coroutine's code: called with pc 0 and (nil, nil) first, then
// at the pc given to await with the awaited value or the exception raised
// by the await (cancellation included).
type body func(c *sm, v py.Object, exc *py.Exc) step

// sm is a hand-written coroutine (a py.Coroutine).
type sm struct {
	code  *py.Code
	pc    int
	line  int
	sub   py.Awaiter
	body  body
	state uint8 // 0 new, 1 started, 2 finished
}

// co returns a coroutine running b; name is its qualname.
func co(name string, b body) *sm {
	return &sm{code: &py.Code{Name: name, QualName: name, File: "FILE", FirstLine: 1}, body: b}
}

// await suspends on aw (by delegation) and resumes the body at pc.
func (c *sm) await(pc int, aw py.Awaiter) step {
	c.pc = pc
	return step{kind: stepAwait, aw: aw}
}

// goTo continues at pc at once with the given value (no suspension).
func (c *sm) goTo(pc int, v py.Object, exc *py.Exc) step {
	return c.await(pc, ready{v: v, exc: exc})
}

func ret(v py.Object) step   { return step{kind: stepReturn, v: v} }
func raise(e *py.Exc) step   { return step{kind: stepRaise, exc: e} }
func (c *sm) Code() *py.Code { return c.code }

func (c *sm) Line() int {
	if c.state == 1 {
		return c.line
	}
	return 0
}

// Resume implements the protocol of py.Awaiter.
func (c *sm) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	var v py.Object
	var exc *py.Exc
	switch c.state {
	case 0:
		c.state = 1
		if thrown != nil {
			c.state = 2
			return nil, py.Raised, thrown
		}
	case 1:
		var st py.Status
		v, st, exc = c.sub.Resume(sent, thrown)
		if st == py.Yielded {
			return v, st, nil
		}
		c.sub = nil
	default:
		return nil, py.Raised, py.Errorf(py.RuntimeError, "cannot reuse already awaited coroutine")
	}
	for {
		s := c.body(c, v, exc)
		switch s.kind {
		case stepReturn:
			c.state = 2
			if s.v == nil {
				s.v = py.None
			}
			return s.v, py.Returned, nil
		case stepRaise:
			c.state = 2
			return nil, py.Raised, s.exc
		}
		var st py.Status
		v, st, exc = s.aw.Resume(nil, nil)
		if st == py.Yielded {
			c.sub = s.aw
			return v, st, nil
		}
	}
}

// ready is an awaitable that is already done: it returns v or raises exc
// without suspending.
type ready struct {
	v   py.Object
	exc *py.Exc
}

func (r ready) Resume(py.Object, *py.Exc) (py.Object, py.Status, *py.Exc) {
	if r.exc != nil {
		return nil, py.Raised, r.exc
	}
	return r.v, py.Returned, nil
}

// fn returns a coroutine that runs f and returns at once (an "async def"
// without await).
func fn(name string, f func() (py.Object, *py.Exc)) *sm {
	return co(name, func(c *sm, _ py.Object, _ *py.Exc) step {
		v, exc := f()
		if exc != nil {
			return raise(exc)
		}
		return ret(v)
	})
}
