package asyncio

import "unsafe"

// entry is one scheduled callback, stored by value in two words so that
// scheduling a task step or a done callback allocates nothing, and a long
// ready queue (a gather of many new tasks) takes 16 bytes per callback.
// What it runs depends on arg:
//
//	nil                    fn is a *Task: a step, throwing the task's stepExc if set
//	a *Future              fn is a *Task: its wake-up by that future
//	a *Future, plus one    fn is a *DoneCallback, called with that future
//	&marks[handleMark]     fn is a *Handle: its callback, unless it was cancelled
//	&marks[timerMark]      fn is a timer *Handle just out of the heap: the same
//	&marks[sleepMark]      fn is a *sleeper whose timer is due: it resolves its future
//
// A future plus one still points inside the future, which is how the
// garbage collector and unsafe's rules see it.
type entry struct {
	fn  unsafe.Pointer
	arg unsafe.Pointer
}

// marks are the args of the entries of handles and timers, told apart
// from futures (and futures plus one) by their addresses: even, inside
// marks.
var marks [3]uint16

// The indexes of marks.
const (
	handleMark = iota
	timerMark
	sleepMark
)

// isMark reports whether p is one of marks.
func isMark(p unsafe.Pointer) bool {
	return uintptr(p)-uintptr(unsafe.Pointer(&marks)) < unsafe.Sizeof(marks)
}

func stepEntry(t *Task) entry { return entry{fn: unsafe.Pointer(t)} }

func wakeEntry(t *Task, f *Future) entry {
	return entry{fn: unsafe.Pointer(t), arg: unsafe.Pointer(f)}
}

func callbackEntry(cb *DoneCallback, f *Future) entry {
	return entry{fn: unsafe.Pointer(cb), arg: unsafe.Add(unsafe.Pointer(f), 1)}
}

func handleEntry(h *Handle) entry {
	return entry{fn: unsafe.Pointer(h), arg: unsafe.Pointer(&marks[handleMark])}
}

// readyQueue is the FIFO ready queue: a list of blocks of entries, filled at
// the tail and emptied at the head. A long queue (a gather of many new
// tasks) grows a block at a time, never copying what it holds nor leaving
// the smaller buffers of a doubling array behind; a short one (tasks
// taking turns) keeps using the start of one block, which is reset
// whenever the queue empties.
type readyQueue struct {
	head, tail *readyBlock
	hi, ti     int // the next entry to pop in head, the next free slot in tail
	n          int
	spare      *readyBlock // an emptied block, kept for the next one needed
}

// readyBlockLen is the number of entries of a block: 4 KB.
const readyBlockLen = 256

type readyBlock struct {
	e    [readyBlockLen]entry
	next *readyBlock
}

func (r *readyQueue) len() int { return r.n }

func (r *readyQueue) push(e entry) {
	*r.slot() = e
}

// slot appends an entry and returns it, for callers that fill it in place.
func (r *readyQueue) slot() *entry {
	if r.ti == readyBlockLen || r.tail == nil {
		r.grow()
	}
	e := &r.tail.e[r.ti]
	r.ti++
	r.n++
	return e
}

func (r *readyQueue) pop() entry {
	b := r.head
	p := &b.e[r.hi]
	e := *p
	*p = entry{}
	r.hi++
	r.n--
	switch {
	case r.n == 0:
		r.hi, r.ti = 0, 0 // head == tail
	case r.hi == readyBlockLen:
		r.head, r.hi = b.next, 0
		b.next = nil
		r.spare = b
	}
	return e
}

// at returns the entry k places after the head; k < r.n.
func (r *readyQueue) at(k int) *entry {
	b, i := r.head, r.hi+k
	for i >= readyBlockLen {
		b, i = b.next, i-readyBlockLen
	}
	return &b.e[i]
}

// grow adds a block at the tail. It is never inlined, so that slot is.
//
//go:noinline
func (r *readyQueue) grow() {
	b := r.spare
	if b != nil {
		r.spare = nil
	} else {
		b = new(readyBlock)
	}
	if r.tail != nil {
		r.tail.next = b
	} else {
		r.head, r.hi = b, 0
	}
	r.tail, r.ti = b, 0
}

// prefetchAhead is how many entries ahead of the one it runs the loop
// prefetches the memory of: a long ready queue (thousands of timers due
// at once, tasks woken in deadline order) touches objects scattered over
// the heap, one cache miss after another, unless they are asked for ahead.
const prefetchAhead = 16

// prefetchQueue is the length from which an iteration prefetches: the
// objects of a shorter queue are likely in the cache already (a thousand
// tasks taking turns fit in a core's L2), and the prefetch instructions
// would cost more than they save.
const prefetchQueue = 4096

// prefetch prefetches what the entry prefetchAhead entries ahead will touch
// first (its task or future, or the handle), and the coroutine of the task
// of the entry half as far ahead, whose task was prefetched before. The
// queue must hold more than prefetchAhead entries.
func (r *readyQueue) prefetch() {
	e := r.at(prefetchAhead)
	prefetch(uintptr(e.fn))
	if a := e.arg; a != nil && !isMark(a) {
		prefetch(uintptr(a))
	}
	e = r.at(prefetchAhead / 2)
	if a := e.arg; a == nil || uintptr(a)&1 == 0 && !isMark(a) {
		t := (*Task)(e.fn)
		c := uintptr((*[2]unsafe.Pointer)(unsafe.Pointer(&t.coro))[1])
		prefetch(c)
		prefetch(c + 64)
	}
}
