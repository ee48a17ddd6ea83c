package asyncio

import (
	"github.com/asyncgen/asyncgen/runtime/gil"
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
func currentLoop() (*EventLoop, *py.Exc) {
	if ts := gil.Current(); ts != nil {
		if l, ok := ts.Loop.(*EventLoop); ok {
			return l, nil
		}
	}
	return GetRunningLoop()
}

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
