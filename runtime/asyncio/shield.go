package asyncio

import "github.com/asyncgen/asyncgen/runtime/py"

// Shield is asyncio.shield(aw): a done inner future is returned as is;
// otherwise an outer future that follows the inner one, so that cancelling
// the outer (the awaiting task) leaves the inner running.
func Shield(aw py.Awaiter) (*Future, *py.Exc) {
	l, exc := eventLoop()
	if exc != nil {
		return nil, exc
	}
	inner, exc := l.ensureFuture(aw)
	if exc != nil {
		return nil, exc
	}
	if inner.Done() {
		return inner, nil
	}
	s := &shielding{inner: inner}
	s.outer.loop = inner.loop
	s.innerCB = DoneCallback{Fn: s.innerDone, Repr: "_inner_done_callback() at " + tasksFile + ":883"}
	s.outerCB = DoneCallback{Fn: s.outerDone, Repr: "_outer_done_callback() at " + tasksFile + ":899"}
	inner.AddDoneCallback(&s.innerCB)
	s.outer.AddDoneCallback(&s.outerCB)
	return &s.outer, nil
}

type shielding struct {
	outer            Future
	inner            *Future
	innerCB, outerCB DoneCallback
}

func (s *shielding) innerDone(inner *Future) *py.Exc {
	if s.outer.Cancelled() {
		if !inner.Cancelled() {
			inner.logTraceback = false
		}
		return nil
	}
	switch {
	case inner.Cancelled():
		s.outer.cancel(nil)
	case inner.failed:
		inner.logTraceback = false
		s.outer.setException(inner.exc())
	default:
		s.outer.setResult(inner.result)
	}
	return nil
}

func (s *shielding) outerDone(*Future) *py.Exc {
	if !s.inner.Done() {
		s.inner.RemoveDoneCallback(&s.innerCB)
	}
	return nil
}
