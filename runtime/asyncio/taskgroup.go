package asyncio

import (
	"strconv"

	"github.com/asyncgen/asyncgen/runtime/py"
)

var (
	taskgroupsFile = stdlibDir + "/asyncio/taskgroups.py"
	tgAEnterCode   = &py.Code{Name: "__aenter__", QualName: "TaskGroup.__aenter__", File: taskgroupsFile, FirstLine: 54}
	tgAExitCode    = &py.Code{Name: "__aexit__", QualName: "TaskGroup.__aexit__", File: taskgroupsFile, FirstLine: 68}
)

// TaskGroup is asyncio.TaskGroup: an async context manager whose exit
// waits for every task created in it; the first failure cancels the others
// and the parent, and the failures are raised together as an
// ExceptionGroup.
type TaskGroup struct {
	entered, exiting, aborting bool
	loop                       *EventLoop
	parent                     *Task
	parentCancelRequested      bool
	tasks                      []*Task // in creation order, finished ones among them (see discard)
	live                       int     // unfinished tasks in tasks
	errors                     []*py.Exc
	baseError                  *py.Exc
	onCompleted                *Future
	onTaskDone                 DoneCallback
}

// NewTaskGroup returns a task group, to be entered with AEnter.
func NewTaskGroup() *TaskGroup {
	tg := &TaskGroup{}
	tg.onTaskDone = DoneCallback{Fn: tg.taskDone, Repr: "TaskGroup._on_task_done() at " + taskgroupsFile + ":184"}
	return tg
}

// String returns CPython's repr, e.g. <TaskGroup tasks=2 entered>.
func (tg *TaskGroup) String() string {
	s := "<TaskGroup"
	if tg.live > 0 {
		s += " tasks=" + strconv.Itoa(tg.live)
	}
	if len(tg.errors) > 0 {
		s += " errors=" + strconv.Itoa(len(tg.errors))
	}
	if tg.aborting {
		s += " cancelling"
	} else if tg.entered {
		s += " entered"
	}
	return s + ">"
}

// AEnter enters the group; its result is the group itself.
func (tg *TaskGroup) AEnter() py.Awaiter {
	return newFlow(tgAEnterCode, func(py.Object, *py.Exc) (py.Awaiter, py.Object, *py.Exc) {
		if tg.entered {
			return done(nil, py.Errorf(py.RuntimeError, "TaskGroup %s has already been entered", tg))
		}
		l, exc := GetRunningLoop()
		if exc != nil {
			return done(nil, exc)
		}
		tg.loop = l
		tg.parent = l.current
		if tg.parent == nil {
			return done(nil, py.Errorf(py.RuntimeError, "TaskGroup %s cannot determine the parent task", tg))
		}
		tg.entered = true
		return done(tg, nil)
	})
}

// CreateTask creates a task in the group (TaskGroup.create_task).
func (tg *TaskGroup) CreateTask(coro py.Coroutine, name ...string) (*Task, *py.Exc) {
	switch {
	case !tg.entered:
		return nil, py.Errorf(py.RuntimeError, "TaskGroup %s has not been entered", tg)
	case tg.exiting && tg.live == 0:
		return nil, py.Errorf(py.RuntimeError, "TaskGroup %s is finished", tg)
	case tg.aborting:
		return nil, py.Errorf(py.RuntimeError, "TaskGroup %s is shutting down", tg)
	}
	t := tg.loop.CreateTask(coro)
	if len(name) > 0 {
		t.SetName(name[0])
	}
	t.AddDoneCallback(&tg.onTaskDone)
	tg.tasks = append(tg.tasks, t)
	tg.live++
	return t, nil
}

// discard notes that t, one of the group's tasks, has finished. Finished
// tasks stay in the list (abort skips them) until most of it is finished
// tasks; then it is compacted, so the list stays within twice the live
// tasks.
func (tg *TaskGroup) discard(t *Task) {
	tg.live--
	if len(tg.tasks) > 64 && 2*tg.live < len(tg.tasks) {
		kept := tg.tasks[:0]
		for _, x := range tg.tasks {
			if !x.Done() {
				kept = append(kept, x)
			}
		}
		clear(tg.tasks[len(kept):])
		tg.tasks = kept
	}
}

func isBaseError(e *py.Exc) bool { return e.Matches(py.SystemExit) || e.Matches(py.KeyboardInterrupt) }

func (tg *TaskGroup) abort() {
	tg.aborting = true
	for _, t := range tg.tasks {
		if !t.Done() {
			t.Cancel(nil)
		}
	}
}

func (tg *TaskGroup) taskDone(f *Future) *py.Exc {
	t := f.task()
	tg.discard(t)
	if tg.onCompleted != nil && tg.live == 0 && !tg.onCompleted.Done() {
		tg.onCompleted.setResult(true)
	}
	if t.Cancelled() || !t.failed {
		return nil
	}
	exc := t.exc()
	t.logTraceback = false
	tg.errors = append(tg.errors, exc)
	if isBaseError(exc) && tg.baseError == nil {
		tg.baseError = exc
	}
	if tg.parent.Done() {
		tg.loop.callExceptionHandler("Task "+t.String()+" has errored out but its parent task "+tg.parent.String()+" is already completed",
			exc, "task", t.String())
		return nil
	}
	if !tg.aborting && !tg.parentCancelRequested {
		tg.abort()
		tg.parentCancelRequested = true
		tg.parent.Cancel(nil)
	}
	return nil
}

// AExit waits for the group's tasks and raises what TaskGroup.__aexit__
// raises: a SystemExit/KeyboardInterrupt, the propagated CancelledError, or
// an ExceptionGroup of the failures.
func (tg *TaskGroup) AExit(exc *py.Exc) py.Awaiter {
	var propagate *py.Exc
	phase := 0
	return newFlow(tgAExitCode, func(_ py.Object, err *py.Exc) (py.Awaiter, py.Object, *py.Exc) {
		switch phase {
		case 0:
			tg.exiting = true
			if exc != nil && isBaseError(exc) && tg.baseError == nil {
				tg.baseError = exc
			}
			if exc != nil && exc.Class == py.CancelledError {
				propagate = exc
			}
			if tg.parentCancelRequested && tg.parent.Uncancel() == 0 {
				propagate = nil
			}
			if exc != nil && !tg.aborting {
				tg.abort()
			}
			phase = 1
		case 1:
			if err != nil && err.Matches(py.CancelledError) && !tg.aborting {
				propagate = err
				tg.abort()
			} else if err != nil && !err.Matches(py.CancelledError) {
				return done(nil, err)
			}
			tg.onCompleted = nil
		}
		if tg.live > 0 {
			if tg.onCompleted == nil {
				tg.onCompleted = tg.loop.CreateFuture()
			}
			return tg.onCompleted, nil, nil
		}
		if tg.baseError != nil {
			return done(nil, tg.baseError)
		}
		if propagate != nil && len(tg.errors) == 0 {
			return done(nil, propagate)
		}
		if exc != nil && exc.Class != py.CancelledError {
			tg.errors = append(tg.errors, exc)
		}
		if len(tg.errors) > 0 {
			errs := tg.errors
			tg.errors = nil
			return done(nil, newExceptionGroup("unhandled errors in a TaskGroup", errs))
		}
		return done(py.None, nil)
	})
}

// newExceptionGroup is BaseExceptionGroup(msg, excs) raised "from None":
// an ExceptionGroup when every member is an Exception.
func newExceptionGroup(msg string, excs []*py.Exc) *py.Exc {
	cls := py.ExceptionGroup
	items := make([]py.Object, len(excs))
	for i, e := range excs {
		items[i] = e
		if !e.Matches(py.Exception) {
			cls = py.BaseExceptionGroup
		}
	}
	eg := py.NewExc(cls, msg, makeList(items))
	eg.Group = excs
	eg.SuppressContext = true
	eg.AddFrame(py.Frame{File: taskgroupsFile, Line: 145, Func: "__aexit__"})
	return eg
}
