package asyncio

import (
	"math"

	"github.com/asyncgen/asyncgen/runtime/py"
)

var (
	timeoutsFile      = stdlibDir + "/asyncio/timeouts.py"
	timeoutAEnterCode = &py.Code{Name: "__aenter__", QualName: "Timeout.__aenter__", File: timeoutsFile, FirstLine: 85}
	timeoutAExitCode  = &py.Code{Name: "__aexit__", QualName: "Timeout.__aexit__", File: timeoutsFile, FirstLine: 97}
)

type timeoutState uint8

const (
	tsCreated timeoutState = iota
	tsEntered
	tsExpiring
	tsExpired
	tsExited
)

var timeoutStateNames = [...]string{"created", "active", "expiring", "expired", "finished"}

// TimeoutCM is asyncio.Timeout, the async context manager made by Timeout
// and TimeoutAt: when its deadline passes it cancels the task that entered
// it, and its exit turns that cancellation into TimeoutError.
type TimeoutCM struct {
	state      timeoutState
	when       float64 // NoTimeout means None
	handler    *Handle
	task       *Task
	cancelling int
}

// Timeout is asyncio.timeout(delay): a deadline delay seconds from now on
// the running loop's clock (NoTimeout: never).
func Timeout(delay float64) (*TimeoutCM, *py.Exc) {
	if delay == NoTimeout {
		return TimeoutAt(NoTimeout), nil
	}
	l, exc := GetRunningLoop()
	if exc != nil {
		return nil, exc
	}
	return TimeoutAt(l.Time() + delay), nil
}

// TimeoutAt is asyncio.timeout_at(when): a deadline in loop time.
func TimeoutAt(when float64) *TimeoutCM { return &TimeoutCM{when: when} }

// When returns the deadline (NoTimeout for None).
func (t *TimeoutCM) When() float64 { return t.when }

// Expired reports whether the deadline passed while the block ran.
func (t *TimeoutCM) Expired() bool { return t.state == tsExpiring || t.state == tsExpired }

// Reschedule moves the deadline (NoTimeout disables it).
func (t *TimeoutCM) Reschedule(when float64) *py.Exc {
	if t.state != tsEntered {
		if t.state == tsCreated {
			return py.Errorf(py.RuntimeError, "Timeout has not been entered")
		}
		return py.Errorf(py.RuntimeError, "Cannot change state of %s Timeout", timeoutStateNames[t.state])
	}
	t.when = when
	if t.handler != nil {
		t.handler.Cancel()
	}
	if when == NoTimeout {
		t.handler = nil
		return nil
	}
	l := t.task.loop
	if when <= l.Time() {
		t.handler = l.CallSoon(t.onTimeout)
	} else {
		t.handler = l.CallAt(when, t.onTimeout)
	}
	return nil
}

func (t *TimeoutCM) onTimeout() *py.Exc {
	t.task.Cancel(nil)
	t.state = tsExpiring
	t.handler = nil
	return nil
}

// String returns CPython's repr: <Timeout [active] when=12.5>.
func (t *TimeoutCM) String() string {
	s := "<Timeout [" + timeoutStateNames[t.state] + "]"
	if t.state == tsEntered {
		if t.when == NoTimeout {
			s += " when=None"
		} else {
			s += " when=" + py.Repr(math.Round(t.when*1000)/1000)
		}
	}
	return s + ">"
}

// AEnter enters the block: it arms the deadline against the current task.
func (t *TimeoutCM) AEnter() py.Awaiter {
	return newFlow(timeoutAEnterCode, func(py.Object, *py.Exc) (py.Awaiter, py.Object, *py.Exc) {
		if t.state != tsCreated {
			return done(nil, py.Errorf(py.RuntimeError, "Timeout has already been entered"))
		}
		task, exc := CurrentTask()
		if exc != nil {
			return done(nil, exc)
		}
		if task == nil {
			return done(nil, py.Errorf(py.RuntimeError, "Timeout should be used inside a task"))
		}
		t.state = tsEntered
		t.task = task
		t.cancelling = task.Cancelling()
		return done(t, t.Reschedule(t.when))
	})
}

// AExit leaves the block; if the deadline cancelled it, the CancelledError
// becomes TimeoutError (raise TimeoutError from exc).
func (t *TimeoutCM) AExit(exc *py.Exc) py.Awaiter {
	return newFlow(timeoutAExitCode, func(py.Object, *py.Exc) (py.Awaiter, py.Object, *py.Exc) {
		if t.handler != nil {
			t.handler.Cancel()
			t.handler = nil
		}
		switch t.state {
		case tsExpiring:
			t.state = tsExpired
			if t.task.Uncancel() <= t.cancelling && exc != nil && exc.Class == py.CancelledError {
				te := py.NewExc(py.TimeoutError)
				te.Cause, te.Context, te.SuppressContext = exc, exc, true
				te.AddFrame(py.Frame{File: timeoutsFile, Line: 115, Func: "__aexit__"})
				return done(nil, te)
			}
		case tsEntered:
			t.state = tsExited
		}
		return done(py.None, nil)
	})
}
