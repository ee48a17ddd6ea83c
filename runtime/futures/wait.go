package futures

import (
	"math"
	"slices"
	"time"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// waiter is the bookkeeping of one wait or as_completed call: every
// future it watches sends itself once, when it finishes or its
// cancellation is noticed. The buffer holds one slot per future, so
// notifying never blocks.
type waiter struct{ ch chan *Future }

// notifyLocked tells the waiters that f is done. f.mu is held.
func (f *Future) notifyLocked() {
	for _, w := range f.waiters {
		w.ch <- f
	}
	f.waiters = nil
}

// watch installs w on f and reports whether f already counts as done for
// wait and as_completed (finished, or cancelled and noticed); then w is
// not installed.
func (f *Future) watch(w *waiter) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.state == Finished || f.state == CancelledAndNotified {
		return true
	}
	f.waiters = append(f.waiters, w)
	return false
}

func (f *Future) unwatch(w *waiter) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if i := slices.Index(f.waiters, w); i >= 0 {
		f.waiters = slices.Delete(f.waiters, i, i+1)
	}
}

// ReturnWhen says when Wait returns.
type ReturnWhen uint8

// FirstCompleted, FirstException and AllCompleted are the return_when
// values of concurrent.futures.wait.
const (
	AllCompleted ReturnWhen = iota
	FirstCompleted
	FirstException
)

// unique drops repeated futures, keeping the first occurrence.
func unique(fs []*Future) []*Future {
	seen := make(map[*Future]bool, len(fs))
	out := make([]*Future, 0, len(fs))
	for _, f := range fs {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// failed reports whether a done future finished with an exception.
func (f *Future) failed() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.state == Finished && f.exc != nil
}

// Wait is concurrent.futures.wait: it blocks until the condition when
// holds for fs (repeats ignored) or timeout seconds have passed, and
// returns the futures that are done and those that are not, each in the
// order of fs. A cancelled future counts as done once an executor has
// noticed its cancellation, as in CPython. Wait does not touch the GIL.
func Wait(fs []*Future, timeout float64, when ReturnWhen) (done, notDone []*Future) {
	fs = unique(fs)
	w := &waiter{ch: make(chan *Future, len(fs))}
	isDone := make(map[*Future]bool, len(fs))
	var watched []*Future
	stop := func(f *Future) bool {
		switch when {
		case FirstCompleted:
			return true
		case FirstException:
			return f.failed()
		}
		return false
	}
	stopNow := false
	for _, f := range fs {
		if f.watch(w) {
			isDone[f] = true
			stopNow = stopNow || stop(f)
		} else {
			watched = append(watched, f)
		}
	}
	if !stopNow && len(watched) > 0 {
		var deadline <-chan time.Time
		if !math.IsInf(timeout, 1) {
			t := time.NewTimer(time.Duration(max(timeout, 0) * float64(time.Second)))
			defer t.Stop()
			deadline = t.C
		}
		for left := len(watched); left > 0; left-- {
			var f *Future
			select {
			case f = <-w.ch:
			case <-deadline:
			}
			if f == nil {
				break
			}
			isDone[f] = true
			if stop(f) {
				break
			}
		}
		for _, f := range watched {
			f.unwatch(w)
		}
		// Futures that completed after the loop stopped but before
		// unwatch sent themselves too.
		for len(w.ch) > 0 {
			isDone[<-w.ch] = true
		}
	}
	for _, f := range fs {
		if isDone[f] {
			done = append(done, f)
		} else {
			notDone = append(notDone, f)
		}
	}
	return done, notDone
}

// Completed iterates over futures as they complete (as_completed): first
// those already done, in the order given, then the others in the order
// they finish. Close it when abandoning the iteration early.
type Completed struct {
	ready    []*Future
	pending  int
	total    int
	w        *waiter
	watched  []*Future
	deadline time.Time
	timeout  bool
}

// AsCompleted is concurrent.futures.as_completed(fs, timeout): the
// iteration over fs (repeats ignored) in completion order; Next raises
// TimeoutError once timeout seconds have passed since this call with
// futures still pending.
func AsCompleted(fs []*Future, timeout float64) *Completed {
	fs = unique(fs)
	c := &Completed{w: &waiter{ch: make(chan *Future, len(fs))}, total: len(fs)}
	if !math.IsInf(timeout, 1) {
		c.timeout = true
		c.deadline = time.Now().Add(time.Duration(timeout * float64(time.Second)))
	}
	for _, f := range fs {
		if f.watch(c.w) {
			c.ready = append(c.ready, f)
		} else {
			c.watched = append(c.watched, f)
		}
	}
	c.pending = len(c.watched)
	return c
}

// Next returns the next completed future; ok is false when every future
// has been returned. It blocks without touching the GIL and raises
// TimeoutError("N (of M) futures unfinished") when the timeout passes.
func (c *Completed) Next() (f *Future, ok bool, exc *py.Exc) {
	if len(c.ready) > 0 {
		f, c.ready = c.ready[0], c.ready[1:]
		return f, true, nil
	}
	if c.pending == 0 {
		c.Close()
		return nil, false, nil
	}
	if !c.timeout {
		f = <-c.w.ch
	} else {
		left := time.Until(c.deadline)
		if left > 0 {
			t := time.NewTimer(left)
			select {
			case f = <-c.w.ch:
			case <-t.C:
			}
			t.Stop()
		} else {
			select {
			case f = <-c.w.ch:
			default:
			}
		}
	}
	if f == nil {
		c.Close()
		return nil, false, py.NewExc(py.TimeoutError, py.Str(c.pending)+" (of "+py.Str(c.total)+") futures unfinished")
	}
	c.pending--
	return f, true, nil
}

// Close removes the iteration's bookkeeping from the futures it watches.
func (c *Completed) Close() {
	for _, f := range c.watched {
		f.unwatch(c.w)
	}
	c.watched = nil
}
