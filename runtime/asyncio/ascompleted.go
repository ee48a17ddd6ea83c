package asyncio

import "github.com/asyncgen/asyncgen/runtime/py"

var waitForOneCode = &py.Code{Name: "_wait_for_one", QualName: "as_completed.<locals>._wait_for_one", File: tasksFile, FirstLine: 610}

// AsCompleted is asyncio.as_completed(fs, timeout=...): it wraps the
// awaitables in futures at once (coroutines become tasks, in argument
// order; CPython uses set order) and returns len(fs) coroutines, each
// returning the next result in completion order; after the timeout
// (NoTimeout: none) the remaining ones raise TimeoutError.
func AsCompleted(fs []py.Awaiter, timeout float64) ([]py.Coroutine, *py.Exc) {
	l, exc := eventLoop()
	if exc != nil {
		return nil, exc
	}
	ac := &asCompleted{done: NewQueue(0), todo: make(map[*Future]bool, len(fs))}
	for _, aw := range fs {
		f, exc := l.ensureFuture(aw)
		if exc != nil {
			return nil, exc
		}
		if !ac.todo[f] {
			ac.todo[f] = true
			ac.all = append(ac.all, f)
		}
	}
	ac.cb = DoneCallback{Fn: ac.onCompletion, Repr: "as_completed.<locals>._on_completion() at " + tasksFile + ":602"}
	for _, f := range ac.all {
		f.AddDoneCallback(&ac.cb)
	}
	if len(ac.todo) > 0 && timeout != NoTimeout {
		ac.handle = l.CallLater(timeout, ac.onTimeout)
	}
	out := make([]py.Coroutine, len(ac.all))
	for i := range out {
		out[i] = ac.waitForOne()
	}
	return out, nil
}

type asCompleted struct {
	all    []*Future        // the futures, in argument order
	todo   map[*Future]bool // those not yet reported
	done   *Queue
	handle *Handle
	cb     DoneCallback
}

func (ac *asCompleted) onTimeout() *py.Exc {
	for _, f := range ac.all {
		if ac.todo[f] {
			f.RemoveDoneCallback(&ac.cb)
			_ = ac.done.PutNowait(nil)
		}
	}
	clear(ac.todo)
	return nil
}

func (ac *asCompleted) onCompletion(f *Future) *py.Exc {
	if len(ac.todo) == 0 {
		return nil
	}
	delete(ac.todo, f)
	_ = ac.done.PutNowait(f)
	if len(ac.todo) == 0 && ac.handle != nil {
		ac.handle.Cancel()
	}
	return nil
}

func (ac *asCompleted) waitForOne() py.Coroutine {
	started := false
	return newFlow(waitForOneCode, func(v py.Object, exc *py.Exc) (py.Awaiter, py.Object, *py.Exc) {
		if !started {
			started = true
			return ac.done.Get(), nil, nil
		}
		if exc != nil {
			return done(nil, exc)
		}
		f, _ := v.(*Future)
		if f == nil {
			te := py.NewExc(py.TimeoutError)
			te.AddFrame(py.Frame{File: tasksFile, Line: 614, Func: "_wait_for_one"})
			return done(nil, te)
		}
		return done(f.Result())
	})
}
