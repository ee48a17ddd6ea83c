package asyncio

import "github.com/asyncgen/asyncgen/runtime/py"

// store is the container of a LIFO or priority queue.
type store interface {
	len() int
	put(item py.Object) *py.Exc
	get() py.Object
}

// fifo is a ring buffer of items whose size is a power of two.
type fifo struct {
	buf  []py.Object
	head int
	n    int
}

func (f *fifo) put(item py.Object) {
	if f.n == len(f.buf) {
		size := 2 * len(f.buf)
		if size == 0 {
			size = 8
		}
		buf := make([]py.Object, size)
		for i := 0; i < f.n; i++ {
			buf[i] = f.buf[(f.head+i)&(len(f.buf)-1)]
		}
		f.buf, f.head = buf, 0
	}
	f.buf[(f.head+f.n)&(len(f.buf)-1)] = item
	f.n++
}

func (f *fifo) get() py.Object {
	item := f.buf[f.head]
	f.buf[f.head] = nil
	f.head = (f.head + 1) & (len(f.buf) - 1)
	f.n--
	return item
}

// lifo is a stack of items.
type lifo struct{ items []py.Object }

func (s *lifo) len() int { return len(s.items) }

func (s *lifo) put(item py.Object) *py.Exc {
	s.items = append(s.items, item)
	return nil
}

func (s *lifo) get() py.Object {
	n := len(s.items) - 1
	item := s.items[n]
	s.items[n] = nil
	s.items = s.items[:n]
	return item
}

// priority is a binary heap of items, in heapq's exact order.
type priority struct {
	items []py.Object
	less  func(a, b py.Object) (bool, *py.Exc)
}

func (h *priority) len() int { return len(h.items) }

// put is heapq.heappush (_siftdown).
func (h *priority) put(item py.Object) *py.Exc {
	h.items = append(h.items, item)
	pos := len(h.items) - 1
	for pos > 0 {
		parent := (pos - 1) >> 1
		lt, exc := h.less(item, h.items[parent])
		if exc != nil {
			h.items = h.items[:len(h.items)-1]
			return exc
		}
		if !lt {
			break
		}
		h.items[pos] = h.items[parent]
		pos = parent
	}
	h.items[pos] = item
	return nil
}

// get is heapq.heappop (_siftup then _siftdown, as CPython does).
func (h *priority) get() py.Object {
	last := h.items[len(h.items)-1]
	h.items[len(h.items)-1] = nil
	h.items = h.items[:len(h.items)-1]
	if len(h.items) == 0 {
		return last
	}
	top := h.items[0]
	h.items[0] = last
	h.siftup(0)
	return top
}

func (h *priority) siftup(pos int) {
	end := len(h.items)
	start := pos
	item := h.items[pos]
	child := 2*pos + 1
	for child < end {
		right := child + 1
		if right < end {
			if lt, _ := h.less(h.items[child], h.items[right]); !lt {
				child = right
			}
		}
		h.items[pos] = h.items[child]
		pos = child
		child = 2*pos + 1
	}
	h.items[pos] = item
	for pos > start {
		parent := (pos - 1) >> 1
		if lt, _ := h.less(item, h.items[parent]); !lt {
			break
		}
		h.items[pos] = h.items[parent]
		pos = parent
	}
	h.items[pos] = item
}
