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

// ring is the FIFO ready queue: a growable ring buffer of entries whose
// size is a power of two; entries run from head to tail (exclusive),
// wrapping around.
type ring struct {
	buf        []entry
	head, tail int
	n          int
}

func (r *ring) len() int { return r.n }

func (r *ring) push(e entry) {
	*r.slot() = e
}

// slot appends an entry and returns it, for callers that fill it in place.
func (r *ring) slot() *entry {
	if r.n == len(r.buf) {
		r.grow()
	}
	t := r.tail
	r.tail = (t + 1) & (len(r.buf) - 1)
	r.n++
	return &r.buf[t]
}

func (r *ring) pop() entry {
	i := r.head
	e := r.buf[i]
	r.buf[i] = entry{}
	r.head = (i + 1) & (len(r.buf) - 1)
	r.n--
	return e
}

// grow is never inlined, so that slot is.
//
//go:noinline
func (r *ring) grow() {
	size := 2 * len(r.buf)
	if size == 0 {
		size = 64
	}
	buf := make([]entry, size)
	for i := 0; i < r.n; i++ {
		buf[i] = r.buf[(r.head+i)&(len(r.buf)-1)]
	}
	r.buf, r.head, r.tail = buf, 0, r.n
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
func (r *ring) prefetch() {
	mask := len(r.buf) - 1
	e := &r.buf[(r.head+prefetchAhead)&mask]
	prefetch(uintptr(e.fn))
	if a := e.arg; a != nil && !isMark(a) {
		prefetch(uintptr(a))
	}
	e = &r.buf[(r.head+prefetchAhead/2)&mask]
	if a := e.arg; a == nil || uintptr(a)&1 == 0 && !isMark(a) {
		t := (*Task)(e.fn)
		c := uintptr((*[2]unsafe.Pointer)(unsafe.Pointer(&t.coro))[1])
		prefetch(c)
		prefetch(c + 64)
	}
}
