package asyncio

import (
	"github.com/asyncgen/asyncgen/runtime/py"
)

var (
	locksFile       = stdlibDir + "/asyncio/locks.py"
	lockAcquireCode = &py.Code{Name: "acquire", QualName: "Lock.acquire", File: locksFile, FirstLine: 92}
	eventWaitCode   = &py.Code{Name: "wait", QualName: "Event.wait", File: locksFile, FirstLine: 189}
	condWaitCode    = &py.Code{Name: "wait", QualName: "Condition.wait", File: locksFile, FirstLine: 235}
	condWaitForCode = &py.Code{Name: "wait_for", QualName: "Condition.wait_for", File: locksFile, FirstLine: 272}
	semAcquireCode  = &py.Code{Name: "acquire", QualName: "Semaphore.acquire", File: locksFile, FirstLine: 366}
	aexitCode       = &py.Code{Name: "__aexit__", QualName: "_ContextManagerMixin.__aexit__", File: locksFile, FirstLine: 18}
	aenterCode      = &py.Code{Name: "__aenter__", QualName: "_ContextManagerMixin.__aenter__", File: locksFile, FirstLine: 12}
)

// currentLoop returns the running loop for a primitive's new waiter.
func currentLoop() (*EventLoop, *py.Exc) { return GetRunningLoop() }

// Lock is asyncio.Lock: FIFO fair, not reentrant.
type Lock struct {
	locked  bool
	waiters waiters
}

// NewLock returns an unlocked lock.
func NewLock() *Lock { return &Lock{} }

// Locked reports whether the lock is held.
func (l *Lock) Locked() bool { return l.locked }

// Acquire returns the coroutine lock.acquire(): it takes the lock at once
// when it is free and nobody waits, else waits its turn.
func (l *Lock) Acquire() py.Coroutine {
	var fut *Future
	phase := 0
	return newFlow(lockAcquireCode, func(_ py.Object, exc *py.Exc) (py.Awaiter, py.Object, *py.Exc) {
		if phase == 0 {
			phase = 1
			if !l.locked && allCancelled(l.waiters) {
				l.locked = true
				return done(true, nil)
			}
			loop, err := currentLoop()
			if err != nil {
				return done(nil, err)
			}
			fut = loop.CreateFuture()
			l.waiters = append(l.waiters, fut)
			return fut, nil, nil
		}
		l.waiters.remove(fut)
		if exc != nil {
			if exc.Matches(py.CancelledError) && !l.locked {
				l.wakeUpFirst()
			}
			return done(nil, exc)
		}
		l.locked = true
		return done(true, nil)
	})
}

func allCancelled(ws waiters) bool {
	for _, w := range ws {
		if !w.Cancelled() {
			return false
		}
	}
	return true
}

// Release releases the lock; RuntimeError('Lock is not acquired.') if it
// is not held.
func (l *Lock) Release() *py.Exc {
	if !l.locked {
		return py.Errorf(py.RuntimeError, "Lock is not acquired.")
	}
	l.locked = false
	l.wakeUpFirst()
	return nil
}

func (l *Lock) wakeUpFirst() {
	if len(l.waiters) == 0 {
		return
	}
	if f := l.waiters[0]; !f.Done() {
		f.setResult(true)
	}
}

// AEnter is "async with lock": it acquires the lock and binds None.
func (l *Lock) AEnter() py.Awaiter { return aenter(l.Acquire()) }

// AExit releases the lock.
func (l *Lock) AExit(*py.Exc) py.Awaiter { return aexit(l.Release) }

func aenter(acquire py.Awaiter) py.Awaiter {
	first := true
	return newFlow(aenterCode, func(_ py.Object, exc *py.Exc) (py.Awaiter, py.Object, *py.Exc) {
		if first {
			first = false
			return acquire, nil, nil
		}
		return done(py.None, exc)
	})
}

func aexit(release func() *py.Exc) py.Awaiter {
	return newFlow(aexitCode, func(py.Object, *py.Exc) (py.Awaiter, py.Object, *py.Exc) {
		return done(py.None, release())
	})
}

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

// Condition is asyncio.Condition over a Lock.
type Condition struct {
	lock    *Lock
	waiters waiters
}

// NewCondition returns a condition using lock, or a new Lock when nil.
func NewCondition(lock *Lock) *Condition {
	if lock == nil {
		lock = NewLock()
	}
	return &Condition{lock: lock}
}

// Locked reports whether the underlying lock is held.
func (c *Condition) Locked() bool { return c.lock.Locked() }

// Acquire acquires the underlying lock.
func (c *Condition) Acquire() py.Coroutine { return c.lock.Acquire() }

// Release releases the underlying lock.
func (c *Condition) Release() *py.Exc { return c.lock.Release() }

// AEnter acquires the underlying lock ("async with cond").
func (c *Condition) AEnter() py.Awaiter { return c.lock.AEnter() }

// AExit releases the underlying lock.
func (c *Condition) AExit(exc *py.Exc) py.Awaiter { return c.lock.AExit(exc) }

// Wait returns the coroutine cond.wait(): release the lock, wait for a
// notify, reacquire the lock (even when cancelled, then re-raising
// CancelledError).
func (c *Condition) Wait() py.Coroutine {
	var fut *Future
	phase := 0
	var result *py.Exc
	cancelled := false
	return newFlow(condWaitCode, func(_ py.Object, exc *py.Exc) (py.Awaiter, py.Object, *py.Exc) {
		switch phase {
		case 0:
			if !c.lock.locked {
				return done(nil, py.Errorf(py.RuntimeError, "cannot wait on un-acquired lock"))
			}
			_ = c.lock.Release()
			loop, err := currentLoop()
			if err != nil {
				return done(nil, err)
			}
			fut = loop.CreateFuture()
			c.waiters = append(c.waiters, fut)
			phase = 1
			return fut, nil, nil
		case 1:
			c.waiters.remove(fut)
			result = exc
			phase = 2
			return c.lock.Acquire(), nil, nil
		}
		if exc != nil {
			if !exc.Matches(py.CancelledError) {
				return done(nil, exc)
			}
			cancelled = true
			return c.lock.Acquire(), nil, nil
		}
		if cancelled {
			return done(nil, py.NewExc(py.CancelledError))
		}
		if result != nil {
			return done(nil, result)
		}
		return done(true, nil)
	})
}

// WaitFor returns the coroutine cond.wait_for(predicate): wait until
// predicate returns a true value, and return that value.
func (c *Condition) WaitFor(predicate func() (py.Object, *py.Exc), truth func(py.Object) bool) py.Coroutine {
	return newFlow(condWaitForCode, func(_ py.Object, exc *py.Exc) (py.Awaiter, py.Object, *py.Exc) {
		if exc != nil {
			return done(nil, exc)
		}
		v, err := predicate()
		if err != nil {
			return done(nil, err)
		}
		if truth(v) {
			return done(v, nil)
		}
		return c.Wait(), nil, nil
	})
}

// Notify wakes up to n waiters; RuntimeError if the lock is not held.
func (c *Condition) Notify(n int) *py.Exc {
	if !c.lock.locked {
		return py.Errorf(py.RuntimeError, "cannot notify on un-acquired lock")
	}
	idx := 0
	for _, f := range c.waiters {
		if idx >= n {
			break
		}
		if !f.Done() {
			idx++
			f.setResult(false)
		}
	}
	return nil
}

// NotifyAll wakes every waiter.
func (c *Condition) NotifyAll() *py.Exc { return c.Notify(len(c.waiters)) }

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
