package py

import "fmt"

// Generator is the Python generator object around a compiled generator's
// state machine. Each Resume of the machine runs to the next yield
// (Yielded, with the yielded value), a return (Returned) or a raise.
type Generator struct {
	co       Coroutine
	started  bool
	running  bool
	finished bool
}

// NewGenerator wraps the state machine of a "def" containing yield.
func NewGenerator(co Coroutine) *Generator { return &Generator{co: co} }

// Type implements Typed.
func (g *Generator) Type() *Class { return GeneratorType }

// PyRepr is the generator's repr.
func (g *Generator) PyRepr() string {
	return fmt.Sprintf("<generator object %s at %p>", g.co.Code().QualName, g)
}

// resume runs one step, enforcing CPython's generator rules.
func (g *Generator) resume(sent Object, thrown *Exc) (Object, Status, *Exc) {
	if g.running {
		return nil, Raised, Errorf(ValueError, "generator already executing")
	}
	if g.finished {
		if thrown != nil {
			return nil, Raised, thrown
		}
		return None, Returned, nil
	}
	if !g.started {
		if thrown != nil {
			// Nothing in the body can catch an exception thrown before
			// its first line.
			g.finished = true
			return nil, Raised, thrown
		}
		if sent != nil && sent != None {
			return nil, Raised, Errorf(TypeError, "can't send non-None value to a just-started generator")
		}
		g.started = true
		sent = nil
	}
	g.running = true
	v, st, e := g.co.Resume(sent, thrown)
	g.running = false
	switch st {
	case Returned:
		g.finished = true
		if v == nil {
			v = None
		}
		return v, Returned, nil
	case Raised:
		g.finished = true
		if e.Matches(StopIteration) {
			r := Errorf(RuntimeError, "generator raised StopIteration")
			r.Cause, r.Context, r.SuppressContext = e, e, true
			return nil, Raised, r
		}
		return nil, Raised, e
	}
	return v, Yielded, nil
}

// stopIteration is the StopIteration a finished generator raises.
func stopIteration(v Object) *Exc {
	if v == None || v == nil {
		return NewExc(StopIteration)
	}
	return NewExc(StopIteration, v)
}

// Next implements Iterator: a for loop over the generator.
func (g *Generator) Next() (Object, bool, *Exc) {
	v, st, e := g.resume(nil, nil)
	switch st {
	case Yielded:
		return v, true, nil
	case Returned:
		return nil, false, nil
	}
	return nil, false, e
}

// Send is g.send(v): the next yielded value, or StopIteration carrying the
// return value.
func (g *Generator) Send(v Object) (Object, *Exc) {
	r, st, e := g.resume(v, nil)
	switch st {
	case Yielded:
		return r, nil
	case Returned:
		return nil, stopIteration(r)
	}
	return nil, e
}

// Throw is g.throw(exc).
func (g *Generator) Throw(exc *Exc) (Object, *Exc) {
	r, st, e := g.resume(nil, exc)
	switch st {
	case Yielded:
		return r, nil
	case Returned:
		return nil, stopIteration(r)
	}
	return nil, e
}

// Close is g.close(): GeneratorExit thrown in at the yield.
func (g *Generator) Close() *Exc {
	if g.finished {
		return nil
	}
	if !g.started {
		g.finished = true
		return nil
	}
	_, st, e := g.resume(nil, NewExc(GeneratorExit))
	switch st {
	case Yielded:
		return Errorf(RuntimeError, "generator ignored GeneratorExit")
	case Raised:
		if e.Matches(GeneratorExit) || e.Matches(StopIteration) {
			return nil
		}
		return e
	}
	return nil
}

// AsyncGenValue marks a value yielded by an async generator's "yield", as
// opposed to a future it suspends on while awaiting: a compiled async
// generator's Resume returns (AsyncGenValue{v}, Yielded, nil) for
// "yield v" and (future, Yielded, nil) for an await.
type AsyncGenValue struct{ Value Object }

// AsyncGenerator is the Python async generator object around a compiled
// async generator's state machine. Its asend/athrow/aclose/__anext__
// return awaitables (Awaiter) that the event loop or an awaiting coroutine
// drives; it is loop-agnostic.
type AsyncGenerator struct {
	co       Coroutine
	started  bool
	running  bool
	finished bool
}

// NewAsyncGenerator wraps the state machine of an "async def" containing
// yield.
func NewAsyncGenerator(co Coroutine) *AsyncGenerator { return &AsyncGenerator{co: co} }

// Type implements Typed.
func (g *AsyncGenerator) Type() *Class { return AsyncGenType }

// PyRepr is the async generator's repr.
func (g *AsyncGenerator) PyRepr() string {
	return fmt.Sprintf("<async_generator object %s at %p>", g.co.Code().QualName, g)
}

// ANext is g.__anext__(): asend(None).
func (g *AsyncGenerator) ANext() Awaiter { return g.ASend(None) }

// ASend is g.asend(v).
func (g *AsyncGenerator) ASend(v Object) Awaiter { return &asyncGenOp{g: g, sent: v, kind: opSend} }

// AThrow is g.athrow(exc).
func (g *AsyncGenerator) AThrow(exc *Exc) Awaiter {
	return &asyncGenOp{g: g, thrown: exc, kind: opThrow}
}

// AClose is g.aclose().
func (g *AsyncGenerator) AClose() Awaiter {
	return &asyncGenOp{g: g, thrown: NewExc(GeneratorExit), kind: opClose}
}

type agenOpKind uint8

const (
	opSend agenOpKind = iota
	opThrow
	opClose
)

// asyncGenOp is the awaitable returned by asend, athrow and aclose.
type asyncGenOp struct {
	g      *AsyncGenerator
	sent   Object
	thrown *Exc
	kind   agenOpKind
	state  uint8 // 0 not started, 1 running, 2 done
}

// Resume implements Awaiter.
func (op *asyncGenOp) Resume(sent Object, thrown *Exc) (Object, Status, *Exc) {
	g := op.g
	switch op.state {
	case 2:
		return nil, Raised, Errorf(RuntimeError, "cannot reuse already awaited __anext__()/asend()")
	case 0:
		if g.running {
			return op.done(nil, Raised, Errorf(RuntimeError, "anext(): asynchronous generator is already running"))
		}
		op.state = 1
		if g.finished || (!g.started && op.kind != opSend) {
			g.finished = true
			if op.kind == opClose {
				return op.done(None, Returned, nil)
			}
			if op.kind == opThrow {
				return op.done(nil, Raised, op.thrown)
			}
			return op.done(nil, Raised, NewExc(StopAsyncIteration))
		}
		if !g.started {
			if op.sent != nil && op.sent != None {
				return op.done(nil, Raised, Errorf(TypeError, "can't send non-None value to a just-started async generator"))
			}
			g.started = true
			sent, thrown = nil, nil
		} else {
			sent, thrown = op.sent, op.thrown
		}
	}
	g.running = true
	v, st, e := g.co.Resume(sent, thrown)
	g.running = false
	switch st {
	case Yielded:
		if w, ok := v.(AsyncGenValue); ok {
			if op.kind == opClose {
				return op.done(nil, Raised, Errorf(RuntimeError, "async generator ignored GeneratorExit"))
			}
			return op.done(w.Value, Returned, nil)
		}
		return v, Yielded, nil
	case Returned:
		g.finished = true
		if op.kind == opClose {
			return op.done(None, Returned, nil)
		}
		return op.done(nil, Raised, NewExc(StopAsyncIteration))
	}
	g.finished = true
	if op.kind == opClose && (e.Matches(GeneratorExit) || e.Matches(StopAsyncIteration)) {
		return op.done(None, Returned, nil)
	}
	if e.Matches(StopAsyncIteration) || e.Matches(StopIteration) {
		r := Errorf(RuntimeError, "async generator raised %s", e.Class.Name)
		r.Cause, r.Context, r.SuppressContext = e, e, true
		return op.done(nil, Raised, r)
	}
	return op.done(nil, Raised, e)
}

func (op *asyncGenOp) done(v Object, st Status, e *Exc) (Object, Status, *Exc) {
	op.state = 2
	return v, st, e
}

func init() {
	gen := func(o Object) *Generator { return o.(*Generator) }
	defMethod(GeneratorType, "send", []string{"value"}, 1, func(self Object, a []Object) (Object, *Exc) { return gen(self).Send(a[0]) })
	defMethod(GeneratorType, "__next__", nil, 0, func(self Object, a []Object) (Object, *Exc) { return gen(self).Send(None) })
	defMethod(GeneratorType, "throw", []string{"typ", "val", "tb"}, 1, func(self Object, a []Object) (Object, *Exc) {
		e, err := ToExc(a[0], a[1])
		if err != nil {
			return nil, err
		}
		return gen(self).Throw(e)
	})
	defMethod(GeneratorType, "close", nil, 0, func(self Object, a []Object) (Object, *Exc) { return None, gen(self).Close() })
	agen := func(o Object) *AsyncGenerator { return o.(*AsyncGenerator) }
	defMethod(AsyncGenType, "__anext__", nil, 0, func(self Object, a []Object) (Object, *Exc) { return agen(self).ANext(), nil })
	defMethod(AsyncGenType, "__aiter__", nil, 0, func(self Object, a []Object) (Object, *Exc) { return self, nil })
	defMethod(AsyncGenType, "asend", []string{"value"}, 1, func(self Object, a []Object) (Object, *Exc) { return agen(self).ASend(a[0]), nil })
	defMethod(AsyncGenType, "athrow", []string{"typ", "val", "tb"}, 1, func(self Object, a []Object) (Object, *Exc) {
		e, err := ToExc(a[0], a[1])
		if err != nil {
			return nil, err
		}
		return agen(self).AThrow(e), nil
	})
	defMethod(AsyncGenType, "aclose", nil, 0, func(self Object, a []Object) (Object, *Exc) { return agen(self).AClose(), nil })
}

// ToExc turns the operand of "raise X" (or throw) into an exception: an
// exception instance, or an exception class instantiated with no
// arguments (or with val when given).
func ToExc(o Object, val Object) (*Exc, *Exc) {
	switch v := o.(type) {
	case *Exc:
		return v, nil
	case *Class:
		if v.IsSubclass(BaseException) {
			var args []Object
			if val != nil && val != None {
				args = []Object{val}
			}
			r, e := Call(v, args, nil)
			if e != nil {
				return nil, e
			}
			if x, ok := r.(*Exc); ok {
				return x, nil
			}
		}
	}
	return nil, Errorf(TypeError, "exceptions must derive from BaseException")
}
