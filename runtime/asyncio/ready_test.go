package asyncio

import (
	"testing"
	"unsafe"
)

// TestReadyQueue fills and empties the ready queue across several blocks,
// in FIFO order, with every kind of entry, and runs its prefetch at every
// position (a prefetch reads a task's coroutine only for the entries that
// are a task's): it must neither fault nor change the queue.
func TestReadyQueue(t *testing.T) {
	l := NewEventLoop()
	coro := Sleep(1, nil)
	task := func() *Task {
		tk := &Task{coro: coro}
		tk.loop, tk.isTask = l, true
		return tk
	}
	f := l.CreateFuture()
	s := coro.(*sleeper)
	kinds := []func() entry{
		func() entry { return stepEntry(task()) },
		func() entry { return wakeEntry(task(), f) },
		func() entry { return callbackEntry(runUntilCompleteCB, f) },
		func() entry { return handleEntry(&Handle{loop: l}) },
		func() entry {
			return entry{fn: unsafe.Pointer(&Handle{loop: l}), arg: unsafe.Pointer(&marks[timerMark])}
		},
		func() entry { return entry{fn: unsafe.Pointer(s), arg: unsafe.Pointer(&marks[sleepMark])} },
	}
	var r readyQueue
	var want []entry
	// Short bursts that empty the queue, then a long one (a third popped
	// as it goes) over several blocks.
	for i := range 10 {
		for j := range i {
			r.push(kinds[j%len(kinds)]())
		}
		for range i {
			r.pop()
		}
		if r.len() != 0 || r.hi != 0 || r.ti != 0 {
			t.Fatalf("emptied queue: len %d, head at %d, tail at %d", r.len(), r.hi, r.ti)
		}
	}
	for i := range 5 * readyBlockLen {
		e := kinds[i%len(kinds)]()
		r.push(e)
		want = append(want, e)
		if i%3 == 0 {
			if got := r.pop(); got != want[0] {
				t.Fatalf("popped %v, want %v", got, want[0])
			}
			want = want[1:]
		}
	}
	for r.len() > 0 {
		if r.len() > prefetchAhead {
			r.prefetch()
		}
		if got := r.pop(); got != want[0] {
			t.Fatalf("popped %v, want %v", got, want[0])
		}
		want = want[1:]
	}
}
