package asyncio

import "github.com/asyncgen/asyncgen/runtime/py"

// Semaphore is asyncio.Semaphore (and BoundedSemaphore when bounded).
type Semaphore struct {
	value   int
	bound   int // -1 when unbounded
	waiters waiters
}

// NewSemaphore returns a semaphore with the given initial value;
// ValueError if it is negative.
func NewSemaphore(value int) (*Semaphore, *py.Exc) {
	if value < 0 {
		return nil, py.Errorf(py.ValueError, "Semaphore initial value must be >= 0")
	}
	return &Semaphore{value: value, bound: -1}, nil
}

// NewBoundedSemaphore returns a semaphore whose Release raises ValueError
// beyond the initial value.
func NewBoundedSemaphore(value int) (*Semaphore, *py.Exc) {
	s, exc := NewSemaphore(value)
	if exc == nil {
		s.bound = value
	}
	return s, exc
}

// Locked reports whether Acquire would wait.
func (s *Semaphore) Locked() bool {
	if s.value == 0 {
		return true
	}
	for _, w := range s.waiters {
		if !w.Cancelled() {
			return true
		}
	}
	return false
}

// Acquire returns the coroutine sem.acquire().
func (s *Semaphore) Acquire() py.Coroutine {
	var fut *Future
	return newFlow(semAcquireCode, func(_ py.Object, exc *py.Exc) (py.Awaiter, py.Object, *py.Exc) {
		if fut == nil {
			if !s.Locked() {
				s.value--
				return done(true, nil)
			}
			loop, err := currentLoop()
			if err != nil {
				return done(nil, err)
			}
			fut = loop.CreateFuture()
			s.waiters = append(s.waiters, fut)
			return fut, nil, nil
		}
		s.waiters.remove(fut)
		if exc != nil {
			if exc.Matches(py.CancelledError) && !fut.Cancelled() {
				s.value++
				s.wakeUpNext()
			}
			return done(nil, exc)
		}
		if s.value > 0 {
			s.wakeUpNext()
		}
		return done(true, nil)
	})
}

// Release increments the counter and wakes the first waiter.
func (s *Semaphore) Release() *py.Exc {
	if s.bound >= 0 && s.value >= s.bound {
		return py.Errorf(py.ValueError, "BoundedSemaphore released too many times")
	}
	s.value++
	s.wakeUpNext()
	return nil
}

func (s *Semaphore) wakeUpNext() {
	for _, f := range s.waiters {
		if !f.Done() {
			s.value--
			f.setResult(true)
			return
		}
	}
}

// AEnter acquires the semaphore ("async with sem").
func (s *Semaphore) AEnter() py.Awaiter { return aenter(s.Acquire()) }

// AExit releases the semaphore.
func (s *Semaphore) AExit(*py.Exc) py.Awaiter { return aexit(s.Release) }
