package asyncio

import "github.com/asyncgen/asyncgen/runtime/py"

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
