package asyncio

import (
	"math"

	"github.com/asyncgen/asyncgen/runtime/py"
)

var (
	tasksFile = stdlibDir + "/asyncio/tasks.py"
	sleepCode = &py.Code{Name: "sleep", QualName: "sleep", File: tasksFile, FirstLine: 637}
)

// Sleep is asyncio.sleep(delay, result): a coroutine that suspends the
// awaiting task for delay seconds and returns result. A delay <= 0 yields
// exactly one loop iteration (a bare yield) and allocates nothing when
// result is None.
func Sleep(delay float64, result py.Object) py.Coroutine {
	if delay <= 0 {
		if _, none := result.(py.NoneType); none || result == nil {
			return sleep0{}
		}
		return &sleep0Result{result: result}
	}
	s := &sleeper{fut: Future{result: result}}
	s.seq = math.Float64bits(delay) // until the sleep starts
	return s
}

// sleep0 is sleep(0) with result None. It keeps no state: the first Resume
// is (nil, nil) and yields; the task resumes it with None (never nil).
type sleep0 struct{}

func (sleep0) Code() *py.Code { return sleepCode }
func (sleep0) Line() int      { return 0 }

func (sleep0) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	return resumeSleep0(sent, thrown, py.None)
}

// sleep0Result is sleep(0, result) for a result other than None.
type sleep0Result struct{ result py.Object }

func (s *sleep0Result) Code() *py.Code { return sleepCode }
func (s *sleep0Result) Line() int      { return 0 }

func (s *sleep0Result) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	return resumeSleep0(sent, thrown, s.result)
}

func resumeSleep0(sent py.Object, thrown *py.Exc, result py.Object) (py.Object, py.Status, *py.Exc) {
	switch {
	case thrown != nil:
		thrown.AddFrame(py.Frame{File: tasksFile, Line: 634, Func: "__sleep0"})
		thrown.AddFrame(py.Frame{File: tasksFile, Line: 640, Func: "sleep"})
		return nil, py.Raised, thrown
	case sent == nil:
		return nil, py.Yielded, nil
	}
	return result, py.Returned, nil
}

// sleeper is sleep(delay) for delay > 0: a future resolved by a timer of
// the loop's own (CPython's TimerHandle running
// _set_result_unless_cancelled), kept in the sleeper itself: one
// allocation, 64 bytes, a cache line the loop touches when the timer fires
// and again when the task wakes. Until the future is done its result field
// holds the result the sleep is to return.
type sleeper struct {
	fut Future
	timerState
}

func (s *sleeper) Code() *py.Code { return sleepCode }

func (s *sleeper) Line() int {
	if s.started && !s.done {
		return 649
	}
	return 0
}

// State is 0 before the sleep starts, -1 once it is over and 1 while it
// runs (py.StateReporter).
func (s *sleeper) State() int {
	switch {
	case s.done:
		return -1
	case s.started:
		return 1
	}
	return 0
}

func (s *sleeper) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	if s.done {
		return nil, py.Raised, py.Errorf(py.RuntimeError, "cannot reuse already awaited coroutine")
	}
	if !s.started {
		s.started = true
		if thrown != nil {
			s.done = true
			return nil, py.Raised, thrown
		}
		l, exc := GetRunningLoop()
		if exc != nil {
			s.done = true
			return nil, py.Raised, exc
		}
		s.fut.loop = l
		when := l.clock.now() + math.Float64frombits(s.seq)
		l.setTimer(&s.timerState, when)
		l.timers.push(sleeperTimer(when, s))
		return &s.fut, py.Yielded, nil
	}
	v, st, exc := s.fut.Resume(sent, thrown)
	if st == py.Yielded {
		return v, st, exc
	}
	s.done = true
	s.cancel(s.fut.loop)
	if exc != nil {
		exc.AddFrame(py.Frame{File: tasksFile, Line: 649, Func: "sleep"})
	}
	return v, st, exc
}

// fire is the timer's callback: it sets the future's result unless the
// future or the timer was cancelled.
func (s *sleeper) fire() {
	if s.leave(s.fut.loop) {
		return
	}
	if s.fut.state == statePending {
		s.fut.setResult(s.fut.result)
	}
}
