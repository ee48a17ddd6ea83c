package asyncio

import "github.com/asyncgen/asyncgen/runtime/py"

// flow is how the runtime writes its own small coroutines (Lock.acquire,
// Event.wait, TaskGroup.__aexit__, ...): next is called first with (nil,
// nil), then with the outcome of each awaitable it returned; it returns
// either another awaitable to delegate to, or the coroutine's own outcome
// (aw nil). Awaiting delegates inline, as generated code does.
type flow struct {
	code *py.Code
	next func(v py.Object, exc *py.Exc) (aw py.Awaiter, rv py.Object, rexc *py.Exc)
	sub  py.Awaiter
	// state: 0 not started, 1 running, 2 finished
	state uint8
}

func newFlow(code *py.Code, next func(py.Object, *py.Exc) (py.Awaiter, py.Object, *py.Exc)) *flow {
	return &flow{code: code, next: next}
}

func (f *flow) Code() *py.Code { return f.code }

func (f *flow) Line() int {
	if f.state == 1 {
		return f.code.FirstLine
	}
	return 0
}

func (f *flow) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	var v py.Object
	var exc *py.Exc
	switch f.state {
	case 0:
		f.state = 1
		if thrown != nil {
			f.state = 2
			return nil, py.Raised, thrown
		}
	case 1:
		st := py.Returned
		v, st, exc = f.sub.Resume(sent, thrown)
		if st == py.Yielded {
			return v, st, exc
		}
		f.sub = nil
	default:
		return nil, py.Raised, py.Errorf(py.RuntimeError, "cannot reuse already awaited coroutine")
	}
	for {
		aw, rv, rexc := f.next(v, exc)
		if aw == nil {
			f.state = 2
			if rexc != nil {
				return nil, py.Raised, rexc
			}
			if rv == nil {
				rv = py.None
			}
			return rv, py.Returned, nil
		}
		var st py.Status
		v, st, exc = aw.Resume(nil, nil)
		if st == py.Yielded {
			f.sub = aw
			return v, st, exc
		}
	}
}

// done returns a flow outcome: finish with v or exc.
func done(v py.Object, exc *py.Exc) (py.Awaiter, py.Object, *py.Exc) { return nil, v, exc }

// waiters is a FIFO list of futures that wait for a primitive.
type waiters []*Future

// remove deletes f, keeping the order. Waiters usually leave from the
// front (they are woken in order), which is O(1) on long lists; short lists
// copy down instead, so a steady stream of waiters reuses one array.
func (w *waiters) remove(f *Future) {
	s := *w
	for i, x := range s {
		if x == f {
			w.cut(i)
			return
		}
	}
}

// popFirst removes and returns the first waiter.
func (w *waiters) popFirst() *Future {
	f := (*w)[0]
	w.cut(0)
	return f
}

func (w *waiters) cut(i int) {
	s := *w
	if i == 0 && len(s) > 32 {
		s[0] = nil
		*w = s[1:]
		return
	}
	if i < len(s)-1 {
		copy(s[i:], s[i+1:])
	}
	s[len(s)-1] = nil
	*w = s[:len(s)-1]
}

// AsyncContextManager is what "async with" drives: AEnter's result is bound
// by "as"; AExit gets the exception leaving the body (nil if none) and its
// result, if true, suppresses it.
type AsyncContextManager interface {
	AEnter() py.Awaiter
	AExit(exc *py.Exc) py.Awaiter
}
