package asyncio

import "unsafe"

// timerHeap is a 4-ary min-heap (half a binary heap's depth, its children
// in neighbouring memory) of timers keyed by (deadline, insertion
// sequence): equal deadlines fire in the order they were set, which a
// virtual clock needs and CPython's clock readings give in practice. The
// deadlines are copied into the entries, so sifting compares neighbouring
// memory instead of following a pointer per comparison; only equal
// deadlines look up the sequence numbers in the timers. An entry takes 16
// bytes: four children share a cache line.
type timerHeap []timerEntry

// timerEntry is one timer in the heap: its deadline, and the timer, a
// timer *Handle (call_later) or a *sleeper (sleep's own timer) plus one.
// Moving a due timer to the ready queue reads the entry alone: the timer's
// memory is first touched when it runs (on a real clock).
type timerEntry struct {
	when float64
	p    unsafe.Pointer
}

// timerState is what the loop keeps in a timer: its sequence number,
// whether it was cancelled and whether it is still in the heap (or popped
// but not yet run), which together make the loop's count of cancelled
// timers in the heap.
type timerState struct {
	// seq is the loop's sequence number of the timer, the second part of
	// its key; a sleeper keeps its delay's bits there until it starts.
	seq       uint64
	cancelled bool
	inHeap    bool
	// stalled marks a virtual-clock timer due when it was set.
	stalled bool
	// started and done are a sleeper's own: whether its coroutine was
	// resumed, and finished (here they take no room).
	started, done bool
}

// cancel marks the timer cancelled; one in the heap counts towards l's
// cancelled timers until it leaves.
func (t *timerState) cancel(l *EventLoop) {
	if t.cancelled {
		return
	}
	t.cancelled = true
	if t.inHeap {
		l.cancelledTimers++
	}
}

// leave notes that the timer has left the heap and reports whether it was
// cancelled.
func (t *timerState) leave(l *EventLoop) (cancelled bool) {
	if t.inHeap {
		t.inHeap = false
		if t.cancelled {
			l.cancelledTimers--
		}
	}
	return t.cancelled
}

func handleTimer(h *Handle) timerEntry {
	return timerEntry{when: h.when, p: unsafe.Pointer(h)}
}

func sleeperTimer(when float64, s *sleeper) timerEntry {
	return timerEntry{when: when, p: unsafe.Add(unsafe.Pointer(s), 1)}
}

// state returns the timer's state.
func (e *timerEntry) state() *timerState {
	if uintptr(e.p)&1 != 0 {
		return &(*sleeper)(unsafe.Add(e.p, -1)).timerState
	}
	return &(*Handle)(e.p).timerState
}

// readyEntry is the ready-queue entry that runs the timer.
func (e *timerEntry) readyEntry() entry {
	if uintptr(e.p)&1 != 0 {
		return entry{fn: unsafe.Add(e.p, -1), arg: unsafe.Pointer(&marks[sleepMark])}
	}
	return entry{fn: e.p, arg: unsafe.Pointer(&marks[timerMark])}
}

func (a *timerEntry) less(b *timerEntry) bool {
	if a.when != b.when {
		return a.when < b.when
	}
	return a.state().seq < b.state().seq
}

func (h *timerHeap) push(e timerEntry) {
	if len(*h) == cap(*h) {
		h.grow()
	}
	*h = append(*h, e)
	s := *h
	i := len(s) - 1
	for i > 0 {
		p := (i - 1) / 4
		if !e.less(&s[p]) {
			break
		}
		s[i] = s[p]
		i = p
	}
	s[i] = e
}

// timerHeapMin is the capacity a timer heap starts with: 4 KB.
const timerHeapMin = 256

// grow doubles the heap's capacity. append grows a large slice by a
// quarter at a time: a heap of 100,000 timers set in one go would
// allocate, fault in and copy about five times its final 1.6 MB; doubling
// touches twice that at most.
//
//go:noinline
func (h *timerHeap) grow() {
	s := make(timerHeap, len(*h), max(2*cap(*h), timerHeapMin))
	copy(s, *h)
	*h = s
}

// pop removes the first timer. It does not touch the timer itself: the
// timer leaves (timerState.leave) when it runs.
func (h *timerHeap) pop() timerEntry {
	s := *h
	top := s[0]
	last := len(s) - 1
	s[0] = s[last]
	s[last] = timerEntry{}
	s = s[:last]
	*h = s
	h.down(0)
	return top
}

func (h timerHeap) down(i int) {
	n := len(h)
	if i >= n {
		return
	}
	e := h[i]
	for {
		first := 4*i + 1
		if first >= n {
			break
		}
		m := first
		for c := first + 1; c < first+4 && c < n; c++ {
			if h[c].less(&h[m]) {
				m = c
			}
		}
		if !h[m].less(&e) {
			break
		}
		h[i] = h[m]
		i = m
	}
	h[i] = e
}

// compact drops every cancelled timer, each leaving the heap, and
// restores the heap property.
func (h *timerHeap) compact(l *EventLoop) {
	s := (*h)[:0]
	for _, e := range *h {
		if st := e.state(); st.cancelled {
			st.leave(l)
			continue
		}
		s = append(s, e)
	}
	clear((*h)[len(s):])
	*h = s
	for i := (len(s) - 2) / 4; i >= 0; i-- {
		s.down(i)
	}
}
