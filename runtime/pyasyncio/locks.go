package pyasyncio

import (
	"fmt"

	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// The synchronisation primitives of asyncio.locks as Python classes.
var (
	// LockClass is asyncio.Lock.
	LockClass = py.NewClass("Lock", "asyncio.locks", py.ObjectClass)
	// EventClass is asyncio.Event.
	EventClass = py.NewClass("Event", "asyncio.locks", py.ObjectClass)
	// ConditionClass is asyncio.Condition.
	ConditionClass = py.NewClass("Condition", "asyncio.locks", py.ObjectClass)
	// SemaphoreClass is asyncio.Semaphore.
	SemaphoreClass = py.NewClass("Semaphore", "asyncio.locks", py.ObjectClass)
	// BoundedSemaphoreClass is asyncio.BoundedSemaphore.
	BoundedSemaphoreClass = py.NewClass("BoundedSemaphore", "asyncio.locks", SemaphoreClass)
)

var selfOnly = sig([]string{"self"})

func init() {
	defLock()
	defEvent()
	defCondition()
	defSemaphore()
}

// asyncCM is what "async with" drives on a primitive.
type asyncCM interface {
	AEnter() py.Awaiter
	AExit(*py.Exc) py.Awaiter
}

// defContextManager gives cls __aenter__ and __aexit__ over the primitive
// get returns (CPython's _ContextManagerMixin).
func defContextManager(cls *py.Class, get func(self py.Object) (asyncCM, *py.Exc)) {
	defPy(cls, "__aenter__", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		cm, e := get(a[0])
		if e != nil {
			return nil, e
		}
		return cm.AEnter(), nil
	})
	defPy(cls, "__aexit__", sig([]string{"self", "exc_type", "exc", "tb"}), func(a []py.Object) (py.Object, *py.Exc) {
		cm, e := get(a[0])
		if e != nil {
			return nil, e
		}
		exc, _ := a[2].(*py.Exc)
		return cm.AExit(exc), nil
	})
}

func lockOf(self py.Object) (*asyncio.Lock, *py.Exc) { return impl[*asyncio.Lock](self, "_locked") }

func defLock() {
	c := LockClass
	defPy(c, "__init__", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		setImpl(a[0], asyncio.NewLock())
		return py.None, nil
	})
	defPy(c, "__repr__", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		l, e := lockOf(a[0])
		if e != nil {
			return nil, e
		}
		return objectRepr(a[0], withWaiters(lockState(l.Locked()), l.Waiters())), nil
	})
	defPy(c, "locked", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		l, e := lockOf(a[0])
		if e != nil {
			return nil, e
		}
		return l.Locked(), nil
	})
	defPy(c, "acquire", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		l, e := lockOf(a[0])
		if e != nil {
			return nil, e
		}
		return l.Acquire(), nil
	})
	defPy(c, "release", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		l, e := lockOf(a[0])
		if e != nil {
			return nil, e
		}
		return none(l.Release())
	})
	defContextManager(c, func(self py.Object) (asyncCM, *py.Exc) { return lockOf(self) })
}

func lockState(locked bool) string {
	if locked {
		return "locked"
	}
	return "unlocked"
}

func eventOf(self py.Object) (*asyncio.Event, *py.Exc) { return impl[*asyncio.Event](self, "_value") }

func defEvent() {
	c := EventClass
	defPy(c, "__init__", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		setImpl(a[0], asyncio.NewEvent())
		return py.None, nil
	})
	defPy(c, "__repr__", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		ev, e := eventOf(a[0])
		if e != nil {
			return nil, e
		}
		state := "unset"
		if ev.IsSet() {
			state = "set"
		}
		return objectRepr(a[0], withWaiters(state, ev.Waiters())), nil
	})
	defPy(c, "is_set", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		ev, e := eventOf(a[0])
		if e != nil {
			return nil, e
		}
		return ev.IsSet(), nil
	})
	defPy(c, "set", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		ev, e := eventOf(a[0])
		if e != nil {
			return nil, e
		}
		ev.Set()
		return py.None, nil
	})
	defPy(c, "clear", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		ev, e := eventOf(a[0])
		if e != nil {
			return nil, e
		}
		ev.Clear()
		return py.None, nil
	})
	defPy(c, "wait", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		ev, e := eventOf(a[0])
		if e != nil {
			return nil, e
		}
		return ev.Wait(), nil
	})
}

func condOf(self py.Object) (*asyncio.Condition, *py.Exc) {
	return impl[*asyncio.Condition](self, "_lock")
}

func defCondition() {
	c := ConditionClass
	defPy(c, "__init__", sig([]string{"self", "lock"}, py.None), func(a []py.Object) (py.Object, *py.Exc) {
		var lock *asyncio.Lock
		if a[1] != py.None {
			l, e := lockOf(a[1])
			if e != nil {
				return nil, py.Errorf(py.TypeError, "Condition() lock must be an asyncio.Lock, not %s", py.TypeName(a[1]))
			}
			lock = l
		}
		setImpl(a[0], asyncio.NewCondition(lock))
		return py.None, nil
	})
	defPy(c, "__repr__", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		cv, e := condOf(a[0])
		if e != nil {
			return nil, e
		}
		return objectRepr(a[0], withWaiters(lockState(cv.Locked()), cv.Waiters())), nil
	})
	defPy(c, "locked", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		cv, e := condOf(a[0])
		if e != nil {
			return nil, e
		}
		return cv.Locked(), nil
	})
	defPy(c, "acquire", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		cv, e := condOf(a[0])
		if e != nil {
			return nil, e
		}
		return cv.Acquire(), nil
	})
	defPy(c, "release", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		cv, e := condOf(a[0])
		if e != nil {
			return nil, e
		}
		return none(cv.Release())
	})
	defPy(c, "wait", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		cv, e := condOf(a[0])
		if e != nil {
			return nil, e
		}
		return cv.Wait(), nil
	})
	defPy(c, "wait_for", sig([]string{"self", "predicate"}), func(a []py.Object) (py.Object, *py.Exc) {
		cv, e := condOf(a[0])
		if e != nil {
			return nil, e
		}
		pred := a[1]
		return cv.WaitFor(
			func() (py.Object, *py.Exc) { return py.Call(pred, nil, nil) },
			func(v py.Object) bool { t, _ := py.Truth(v); return t },
		), nil
	})
	defPy(c, "notify", sig([]string{"self", "n"}, 1), func(a []py.Object) (py.Object, *py.Exc) {
		cv, e := condOf(a[0])
		if e != nil {
			return nil, e
		}
		n, e := py.Index(a[1])
		if e != nil {
			return nil, e
		}
		return none(cv.Notify(n))
	})
	defPy(c, "notify_all", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		cv, e := condOf(a[0])
		if e != nil {
			return nil, e
		}
		return none(cv.NotifyAll())
	})
	defContextManager(c, func(self py.Object) (asyncCM, *py.Exc) { return condOf(self) })
}

func semOf(self py.Object) (*asyncio.Semaphore, *py.Exc) {
	return impl[*asyncio.Semaphore](self, "_value")
}

func defSemaphore() {
	c := SemaphoreClass
	ctor := func(newSem func(int) (*asyncio.Semaphore, *py.Exc)) method {
		return func(a []py.Object) (py.Object, *py.Exc) {
			n, e := py.Index(a[1])
			if e != nil {
				return nil, e
			}
			s, e := newSem(n)
			if e != nil {
				return nil, e
			}
			setImpl(a[0], s)
			return py.None, nil
		}
	}
	defPy(c, "__init__", sig([]string{"self", "value"}, 1), ctor(asyncio.NewSemaphore))
	defPy(BoundedSemaphoreClass, "__init__", sig([]string{"self", "value"}, 1), ctor(asyncio.NewBoundedSemaphore))
	defPy(c, "__repr__", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		s, e := semOf(a[0])
		if e != nil {
			return nil, e
		}
		state := "locked"
		if !s.Locked() {
			state = fmt.Sprintf("unlocked, value:%d", s.Value())
		}
		return objectRepr(a[0], withWaiters(state, s.Waiters())), nil
	})
	defPy(c, "locked", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		s, e := semOf(a[0])
		if e != nil {
			return nil, e
		}
		return s.Locked(), nil
	})
	defPy(c, "acquire", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		s, e := semOf(a[0])
		if e != nil {
			return nil, e
		}
		return s.Acquire(), nil
	})
	defPy(c, "release", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		s, e := semOf(a[0])
		if e != nil {
			return nil, e
		}
		return none(s.Release())
	})
	defContextManager(c, func(self py.Object) (asyncCM, *py.Exc) { return semOf(self) })
}
