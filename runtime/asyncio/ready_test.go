package asyncio

import (
	"testing"
	"unsafe"
)

// TestRingPrefetch runs the ready queue's prefetch at every position of a
// queue that wraps around and holds every kind of entry (a prefetch reads
// a task's coroutine only for the entries that are a task's): it must
// neither fault nor change the queue.
func TestRingPrefetch(t *testing.T) {
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
	var r ring
	var want []entry
	for i := range 100 { // a third popped: the 64 slots wrap around
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
