package asyncio

// entry is one scheduled callback, stored by value (three words) so that
// scheduling a task step or a done callback allocates nothing. What it
// runs depends on fn:
//
//	*Task, fut nil      a task step, throwing the task's stepExc if set
//	*Task, fut set      a task's wake-up by the future it waited on
//	*DoneCallback       a done callback, called with fut
//	*Handle             a handle's callback, unless it was cancelled
type entry struct {
	fn  any
	fut *Future
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
