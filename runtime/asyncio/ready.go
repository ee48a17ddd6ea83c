package asyncio

// entryKind says what a ready-queue entry runs.
type entryKind uint8

const (
	entryHandle entryKind = iota // run a *Handle unless it was cancelled
	entryStep                    // run a task step, throwing the task's stepExc if set
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
}

// ring is the FIFO ready queue: a growable ring buffer of entries.
type ring struct {
	buf  []entry
	head int
	n    int
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
	s := &r.buf[(r.head+r.n)&(len(r.buf)-1)]
	r.n++
	return s
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
