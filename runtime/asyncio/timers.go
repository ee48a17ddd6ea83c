package asyncio

// timerHeap is a 4-ary min-heap (half a binary heap's depth, its children
// in neighbouring memory) of timers keyed by (deadline, insertion
// sequence): equal deadlines fire in the order they were set, which a
// virtual clock needs and CPython's clock readings give in practice. The
// keys are copied into the entries, so sifting compares neighbouring
// memory instead of following a pointer per comparison. A handle's index
// is 0 while it is in the heap and -1 after.
type timerHeap []timerEntry

// timerEntry is one timer in the heap: its key and its handle (whose
// fields, such as cancelled, are promoted; when is the entry's copy).
type timerEntry struct {
	when float64
	seq  uint64
	*Handle
}

func (a *timerEntry) less(b *timerEntry) bool {
	if a.when != b.when {
		return a.when < b.when
	}
	return a.seq < b.seq
}

func (h *timerHeap) push(t *Handle) {
	t.index = 0
	*h = append(*h, timerEntry{when: t.when, seq: t.seq, Handle: t})
	s := *h
	i := len(s) - 1
	e := s[i]
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

func (h *timerHeap) pop() *Handle {
	s := *h
	top := s[0].Handle
	last := len(s) - 1
	s[0] = s[last]
	s[last] = timerEntry{}
	s = s[:last]
	*h = s
	h.down(0)
	top.index = -1
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

// compact drops every cancelled handle and restores the heap property.
func (h *timerHeap) compact() {
	s := (*h)[:0]
	for _, t := range *h {
		if t.cancelled {
			t.index = -1
			continue
		}
		s = append(s, t)
	}
	for i := len(s); i < len(*h); i++ {
		(*h)[i] = timerEntry{}
	}
	*h = s
	for i := (len(s) - 2) / 4; i >= 0; i-- {
		s.down(i)
	}
}
