package asyncio

import "github.com/asyncgen/asyncgen/runtime/py"

// Event is asyncio.Event.
type Event struct {
	value   bool
	waiters waiters
}

// NewEvent returns an unset event.
func NewEvent() *Event { return &Event{} }

// IsSet reports whether the flag is set.
func (e *Event) IsSet() bool { return e.value }

// Set sets the flag and wakes every waiter.
func (e *Event) Set() {
	if e.value {
		return
	}
	e.value = true
	for _, f := range e.waiters {
		if !f.Done() {
			f.setResult(true)
		}
	}
}

// Clear resets the flag.
func (e *Event) Clear() { e.value = false }

// Wait returns the coroutine event.wait(): True at once if set, else once
// Set is called.
func (e *Event) Wait() py.Coroutine {
	var fut *Future
	return newFlow(eventWaitCode, func(_ py.Object, exc *py.Exc) (py.Awaiter, py.Object, *py.Exc) {
		if fut == nil {
			if e.value {
				return done(true, nil)
			}
			loop, err := currentLoop()
			if err != nil {
				return done(nil, err)
			}
			fut = loop.CreateFuture()
			e.waiters = append(e.waiters, fut)
			return fut, nil, nil
		}
		e.waiters.remove(fut)
		if exc != nil {
			return done(nil, exc)
		}
		return done(true, nil)
	})
}
