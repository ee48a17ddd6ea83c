package asyncio

// timerHeap is a binary min-heap of timer handles keyed by (deadline,
// insertion sequence): equal deadlines fire in the order they were set,
// which a virtual clock needs and CPython's clock readings give in
// practice.
type timerHeap []*Handle

func timerLess(a, b *Handle) bool {
	if a.when != b.when {
		return a.when < b.when
	}
	return a.seq < b.seq
}

func (h *timerHeap) push(t *Handle) {
	*h = append(*h, t)
	s := *h
	i := len(s) - 1
	t.index = i
	for i > 0 {
		p := (i - 1) / 2
		if !timerLess(s[i], s[p]) {
			break
		}
		s[i], s[p] = s[p], s[i]
		s[i].index, s[p].index = i, p
		i = p
	}
}

func (h *timerHeap) pop() *Handle {
	s := *h
	top := s[0]
	last := len(s) - 1
	s[0] = s[last]
	s[0].index = 0
	s[last] = nil
	s = s[:last]
	*h = s
	h.down(0)
	top.index = -1
	return top
}

func (h timerHeap) down(i int) {
	n := len(h)
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		m := l
		if r := l + 1; r < n && timerLess(h[r], h[l]) {
			m = r
		}
		if !timerLess(h[m], h[i]) {
			return
		}
		h[i], h[m] = h[m], h[i]
		h[i].index, h[m].index = i, m
		i = m
	}
}

// compact drops every cancelled handle and restores the heap property.
func (h *timerHeap) compact() {
	s := (*h)[:0]
	for _, t := range *h {
		if t.cancelled {
			t.index = -1
			continue
		}
		t.index = len(s)
		s = append(s, t)
	}
	for i := len(s); i < len(*h); i++ {
		(*h)[i] = nil
	}
	*h = s
	for i := len(s)/2 - 1; i >= 0; i-- {
		s.down(i)
	}
}
