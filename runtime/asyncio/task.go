package asyncio

import (
	"fmt"
	"strconv"
	"unsafe"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// taskCounter is CPython's process-wide _task_name_counter: Task-N names
// are unique across every loop of the process. Tasks are made by the
// GIL's holder, which alone touches it (an atomic add cost 2 % of a
// program spawning tasks).
var taskCounter uint64

// Task is asyncio.Task: a future that drives a coroutine, one step per
// loop callback. Awaiting a task (its promoted Resume) waits for it. Its
// _fut_waiter, the future the coroutine waits on, is kept in the Future's
// result field, which only a finished task uses (see waiter), and its
// cancellation count with the rare fields: a Task takes 80 bytes.
type Task struct {
	Future
	coro py.Coroutine
	num  uint64 // Task-<num>, unless set_name or name= gave a name (in rare)
	next *Task  // the loop's list of tasks (see taskList)
}

// waiter is _fut_waiter: the future the task's coroutine waits on, nil
// when none.
func (t *Task) waiter() *Future {
	if t.state != statePending {
		return nil
	}
	f, _ := t.result.(*Future)
	return f
}

// setWaiter sets _fut_waiter (nil: none); the task must be pending.
func (t *Task) setWaiter(f *Future) {
	if f == nil {
		t.result = nil
		return
	}
	t.result = f
}

// CreateTask wraps coro in a task scheduled to start in the next loop
// iteration (loop.create_task). With a name, no Task-N number is taken, as
// with CPython's loop.create_task(coro, name=...).
// The caller holds the GIL, as everything that runs on the loop does.
func (l *EventLoop) CreateTask(coro py.Coroutine, name ...string) *Task {
	t := &Task{coro: coro}
	t.loop = l
	t.isTask = true
	if len(name) > 0 {
		t.more().name = name[0]
	} else {
		taskCounter++
		t.num = taskCounter
	}
	l.tasks.add(t)
	l.scheduleStep(t, nil)
	return t
}

// CreateTask is asyncio.create_task: it wraps coro in a task on the running
// loop. It always takes a Task-N number, even when given a name.
func CreateTask(coro py.Coroutine, name ...string) (*Task, *py.Exc) {
	l, exc := GetRunningLoop()
	if exc != nil {
		return nil, exc
	}
	t := l.CreateTask(coro)
	if len(name) > 0 {
		t.SetName(name[0])
	}
	return t, nil
}

// Name returns the task's name (get_name).
func (t *Task) Name() string {
	if t.rare == nil || t.rare.name == "" {
		return "Task-" + strconv.FormatUint(t.num, 10)
	}
	return t.rare.name
}

// SetName renames the task (set_name).
func (t *Task) SetName(name string) { t.more().name = name }

// Coro returns the coroutine the task drives (get_coro).
func (t *Task) Coro() py.Coroutine { return t.coro }

// Cancelling returns the number of pending cancellation requests (3.11's
// cancelling()).
func (t *Task) Cancelling() int {
	if t.rare == nil {
		return 0
	}
	return int(t.rare.numCancels)
}

// Uncancel decrements the cancellation requests and returns what remains
// (3.11's uncancel()).
func (t *Task) Uncancel() int {
	if t.rare == nil {
		return 0
	}
	if t.rare.numCancels > 0 {
		t.rare.numCancels--
	}
	return int(t.rare.numCancels)
}

// Cancel requests cancellation (Task.cancel): it returns False if the task
// is done; otherwise it cancels the future the task waits on, or arranges
// for CancelledError to be thrown into the coroutine at its next step.
func (t *Task) Cancel(msg py.Object) bool {
	t.logTraceback = false
	if t.state != statePending {
		return false
	}
	t.more().numCancels++
	if w := t.waiter(); w != nil && w.Cancel(msg) {
		return true
	}
	t.mustCancel = true
	if msg != nil || t.rare != nil {
		t.more().cancelMsg = msg
	}
	return true
}

// wakeup is Task.__wakeup: the future the task waited on is done.
func (t *Task) wakeup(f *Future) {
	if f.state == stateFinished && !f.failed {
		t.step(nil)
		return
	}
	if _, exc := f.Result(); exc != nil {
		t.step(exc)
		return
	}
	t.step(nil)
}

// step is Task.__step: resume the coroutine once and act on how it
// suspended or ended.
func (t *Task) step(exc *py.Exc) {
	l := t.loop
	if t.state != statePending {
		l.callExceptionHandler("Exception in callback Task.task_wakeup()",
			py.Errorf(py.InvalidStateError, "_step(): already done: %s, %s", t.String(), reprExcOrNone(exc)), "", "")
		return
	}
	if t.mustCancel {
		if exc == nil || !exc.Matches(py.CancelledError) {
			exc = t.makeCancelledError()
		}
		t.mustCancel = false
	}
	t.setWaiter(nil)
	l.current = t
	var sent py.Object
	if t.started {
		sent = py.None
	}
	t.started = true
	v, st, err := t.coro.Resume(sent, exc)
	l.current = nil
	if st != py.Yielded {
		t.finish(v, err)
		return
	}
	if v == nil {
		// A bare yield (sleep(0)): step again in the next iteration.
		if t.rare != nil {
			t.rare.stepExc = nil
		}
		l.ready.push(stepEntry(t))
		return
	}
	if f, ok := v.(*Future); ok && f.loop == l && f.state == statePending &&
		f.cb0 == nil && f.rare == nil && !t.mustCancel {
		// The common case: a plain pending future of this loop that nobody
		// else waits for (a Future is never its own Task's future: that
		// suspends as *Task).
		f.cb0, f.cb0Task = unsafe.Pointer(t), true
		t.setWaiter(f)
		return
	}
	t.suspend(v)
}

// finish ends the task with the coroutine's return value or exception.
func (t *Task) finish(v py.Object, err *py.Exc) {
	l := t.loop
	switch {
	case err == nil:
		if t.mustCancel {
			t.mustCancel = false
			t.cancel(t.cancelMessage())
		} else {
			t.setResult(v)
		}
	case err.Matches(py.CancelledError):
		t.more().cancelledExc = err
		t.cancel(nil)
	case err.Matches(py.KeyboardInterrupt) || err.Matches(py.SystemExit):
		t.setException(err)
		l.fatal = err
	default:
		t.setException(err)
	}
	l.tasks.remove(t)
}

// suspend handles what the coroutine yielded.
func (t *Task) suspend(v py.Object) {
	l := t.loop
	var f *Future
	switch x := v.(type) {
	case nil, py.NoneType:
		l.scheduleStep(t, nil)
		return
	case *Future:
		f = x
	case *Task:
		f = &x.Future
	default:
		l.scheduleStep(t, py.Errorf(py.RuntimeError, "Task got bad yield: %s", py.Repr(v)))
		return
	}
	switch {
	case f.loop != l:
		l.scheduleStep(t, py.Errorf(py.RuntimeError, "Task %s got Future %s attached to a different loop", t.String(), f.String()))
	case f == &t.Future:
		l.scheduleStep(t, py.Errorf(py.RuntimeError, "Task cannot await on itself: %s", t.String()))
	default:
		f.addCallback(doneCB{task: t})
		t.setWaiter(f)
		if t.mustCancel && f.Cancel(t.cancelMessage()) {
			t.mustCancel = false
		}
	}
}

func reprExcOrNone(e *py.Exc) string {
	if e == nil {
		return "None"
	}
	return py.ReprExc(e)
}

// taskList is an intrusive, singly linked list of a loop's tasks in
// creation order (all_tasks and asyncio.run's teardown use it): a task
// that finishes stays linked, as dead, until a sweep unlinks the dead ones
// once they outnumber the pending ones, so that finishing is O(1) and a
// Task needs one link, not two.
type taskList struct {
	head, tail *Task
	n          int // pending tasks
	dead       int // finished tasks still linked
}

func (ls *taskList) add(t *Task) {
	if ls.tail != nil {
		ls.tail.next = t
	} else {
		ls.head = t
	}
	ls.tail = t
	ls.n++
}

// remove notes that t, a linked task, has finished.
func (ls *taskList) remove(t *Task) {
	ls.n--
	ls.dead++
	if ls.dead > 64 && ls.dead > ls.n {
		ls.sweep()
	}
}

// sweep unlinks the finished tasks.
func (ls *taskList) sweep() {
	var prev *Task
	for t := ls.head; t != nil; {
		next := t.next
		if t.state != statePending {
			if prev == nil {
				ls.head = next
			} else {
				prev.next = next
			}
			t.next = nil
		} else {
			prev = t
		}
		t = next
	}
	ls.tail = prev
	ls.dead = 0
}

// AllTasks returns the loop's unfinished tasks in creation order
// (asyncio.all_tasks; CPython's set order is unspecified).
func (l *EventLoop) AllTasks() []*Task {
	out := make([]*Task, 0, l.tasks.n)
	for t := l.tasks.head; t != nil; t = t.next {
		if t.state == statePending {
			out = append(out, t)
		}
	}
	return out
}

// CurrentTask returns the task whose step is running, or nil
// (asyncio.current_task).
func (l *EventLoop) CurrentTask() *Task { return l.current }

// String implements fmt.Stringer with the task's repr.
var _ fmt.Stringer = (*Task)(nil)
