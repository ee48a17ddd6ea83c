package asyncio

import "github.com/asyncgen/asyncgen/runtime/py"

// entryKind says what a ready-queue entry runs.
type entryKind uint8

const (
	entryHandle entryKind = iota // run a *Handle unless it was cancelled
	entryStep                    // run a task step, throwing exc if not nil
	entryWakeup                  // wake a task up with the future it waited on
	entryDone                    // run a done callback with its future
)

// entry is one scheduled callback. Task steps and done callbacks are stored
// by value, so scheduling them allocates nothing.
type entry struct {
	kind entryKind
	task *Task
	fut  *Future
	cb   *DoneCallback
	h    *Handle
	exc  *py.Exc
}

// ring is the FIFO ready queue: a growable ring buffer of entries.
type ring struct {
	buf  []entry
	head int
	n    int
}

func (r *ring) len() int { return r.n }

func (r *ring) push(e entry) {
	if r.n == len(r.buf) {
		r.grow()
	}
	r.buf[(r.head+r.n)&(len(r.buf)-1)] = e
	r.n++
}

func (r *ring) pop() entry {
	i := r.head
	e := r.buf[i]
	r.buf[i] = entry{}
	r.head = (i + 1) & (len(r.buf) - 1)
	r.n--
	return e
}

func (r *ring) grow() {
	size := 2 * len(r.buf)
	if size == 0 {
		size = 64
	}
	buf := make([]entry, size)
	for i := 0; i < r.n; i++ {
		buf[i] = r.buf[(r.head+i)&(len(r.buf)-1)]
	}
	r.buf, r.head = buf, 0
}
