package asyncio

import (
	"testing"
	"unsafe"
)

// TestSizes keeps the per-task and per-future memory in the allocator's
// size classes it was tuned for (80 and 48 bytes): spawn-and-gather
// programs pay a Task per coroutine, and sleeping ones a sleeper (64
// bytes: one cache line) per sleep. The Task's Future must stay its first
// field, which Future.task relies on.
func TestSizes(t *testing.T) {
	if s := unsafe.Sizeof(Task{}); s > 80 {
		t.Errorf("Task is %d bytes, want <= 80", s)
	}
	if s := unsafe.Sizeof(Future{}); s > 48 {
		t.Errorf("Future is %d bytes, want <= 48", s)
	}
	if s := unsafe.Sizeof(sleeper{}); s > 64 {
		t.Errorf("sleeper is %d bytes, want <= 64", s)
	}
	if off := unsafe.Offsetof(Task{}.Future); off != 0 {
		t.Errorf("Task.Future at offset %d, want 0", off)
	}
}

// TestTaskListSweep checks the loop's lazy task list: finished tasks leave
// AllTasks at once, are unlinked once they outnumber the pending ones, and
// the order of the pending ones is creation order throughout.
func TestTaskListSweep(t *testing.T) {
	l := NewEventLoop()
	var tasks []*Task
	for i := 0; i < 300; i++ {
		tk := &Task{}
		tk.loop, tk.isTask = l, true
		l.tasks.add(tk)
		tasks = append(tasks, tk)
	}
	finish := func(tk *Task) {
		tk.state = stateFinished
		l.tasks.remove(tk)
	}
	for i, tk := range tasks {
		if i%3 != 0 {
			finish(tk)
		}
	}
	check := func(want []*Task) {
		t.Helper()
		got := l.AllTasks()
		if len(got) != len(want) {
			t.Fatalf("AllTasks has %d tasks, want %d", len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("AllTasks[%d] is not the %d-th pending task", i, i)
			}
		}
		linked := 0
		for tk := l.tasks.head; tk != nil; tk = tk.next {
			linked++
			if tk.next == nil && tk != l.tasks.tail {
				t.Fatalf("the last linked task is not the tail")
			}
		}
		if linked > 2*len(want)+65 {
			t.Errorf("%d tasks linked for %d pending", linked, len(want))
		}
	}
	var pending []*Task
	for i, tk := range tasks {
		if i%3 == 0 {
			pending = append(pending, tk)
		}
	}
	check(pending)
	// A task added after a sweep goes last.
	tk := &Task{}
	tk.loop = l
	l.tasks.add(tk)
	pending = append(pending, tk)
	check(pending)
	for _, tk := range pending[:len(pending)-1] {
		finish(tk)
	}
	check(pending[len(pending)-1:])
}

// TestTaskWaiter checks _fut_waiter, which a pending task keeps in its
// result field: set while the task waits, gone when it finishes, even when
// its result is itself a future.
func TestTaskWaiter(t *testing.T) {
	l := NewEventLoop()
	tk := &Task{}
	tk.loop, tk.isTask = l, true
	if tk.waiter() != nil {
		t.Fatalf("a new task waits on %v", tk.waiter())
	}
	f := l.CreateFuture()
	tk.setWaiter(f)
	if tk.waiter() != f {
		t.Fatalf("waiter = %v, want the future set", tk.waiter())
	}
	tk.setWaiter(nil)
	if tk.waiter() != nil || tk.result != nil {
		t.Fatalf("after setWaiter(nil): waiter %v, result %v", tk.waiter(), tk.result)
	}
	tk.setWaiter(f)
	tk.setResult(f) // a task whose coroutine returned a future
	if tk.waiter() != nil {
		t.Errorf("a finished task waits on %v", tk.waiter())
	}
	if r, exc := tk.Result(); exc != nil || r != f {
		t.Errorf("Result() = %v, %v, want the future", r, exc)
	}
}
