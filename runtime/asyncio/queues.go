package asyncio

import (
	"github.com/asyncgen/asyncgen/runtime/py"
)

var (
	// QueueEmpty is asyncio.QueueEmpty, raised by GetNowait on an empty
	// queue.
	QueueEmpty = py.NewClass("QueueEmpty", "asyncio.queues", py.Exception)
	// QueueFull is asyncio.QueueFull, raised by PutNowait on a full queue.
	QueueFull = py.NewClass("QueueFull", "asyncio.queues", py.Exception)

	queuesFile    = stdlibDir + "/asyncio/queues.py"
	queueGetCode  = &py.Code{Name: "get", QualName: "Queue.get", File: queuesFile, FirstLine: 149}
	queuePutCode  = &py.Code{Name: "put", QualName: "Queue.put", File: queuesFile, FirstLine: 122}
	queueJoinCode = &py.Code{Name: "join", QualName: "Queue.join", File: queuesFile, FirstLine: 202}
)

// store is the container of a LIFO or priority queue.
type store interface {
	len() int
	put(item py.Object) *py.Exc
	get() py.Object
}

// Queue is asyncio.Queue, LifoQueue or PriorityQueue: getters and putters
// wait in FIFO order.
type Queue struct {
	maxsize    int
	fifo       fifo  // the items of a FIFO queue
	other      store // the items of a LIFO or priority queue (nil for FIFO)
	getters    waiters
	putters    waiters
	unfinished int
	finished   Event
	free       []*Future // waiters of finished get/put calls, for reuse
}

// newWaiter returns a pending future for a getter or putter, reusing one
// whose wait is over.
func (q *Queue) newWaiter(l *EventLoop) *Future {
	if n := len(q.free); n > 0 {
		f := q.free[n-1]
		q.free = q.free[:n-1]
		if f.loop != l {
			*f = Future{loop: l}
		} else {
			// A recycled waiter was woken by a result: only its state and
			// result differ from a new future's (callbacks ran, nothing
			// cancelled it, no exception was set).
			f.state, f.result = statePending, nil
		}
		return f
	}
	return &Future{loop: l}
}

// recycle keeps a waiter that woke its get/put normally: by then it is out
// of the waiter list, the task no longer points at it and the wake-up entry
// was consumed, so nothing else refers to it.
func (q *Queue) recycle(f *Future) {
	if len(q.free) < 16 {
		q.free = append(q.free, f)
	}
}

// NewQueue returns a FIFO queue; maxsize <= 0 means unbounded.
func NewQueue(maxsize int) *Queue { return newQueue(maxsize, nil) }

// NewLifoQueue returns a LIFO queue (asyncio.LifoQueue).
func NewLifoQueue(maxsize int) *Queue { return newQueue(maxsize, &lifo{}) }

// NewPriorityQueue returns a queue that gets its smallest item first
// (asyncio.PriorityQueue, a heapq); less is Python's "<" on items.
func NewPriorityQueue(maxsize int, less func(a, b py.Object) (bool, *py.Exc)) *Queue {
	return newQueue(maxsize, &priority{less: less})
}

func newQueue(maxsize int, s store) *Queue {
	q := &Queue{maxsize: maxsize, other: s}
	q.finished.value = true
	return q
}

// Qsize returns the number of items.
func (q *Queue) Qsize() int {
	if q.other != nil {
		return q.other.len()
	}
	return q.fifo.n
}

// Maxsize returns the bound given at creation.
func (q *Queue) Maxsize() int { return q.maxsize }

// Empty reports whether the queue has no items.
func (q *Queue) Empty() bool { return q.Qsize() == 0 }

// Full reports whether a bounded queue holds maxsize items.
func (q *Queue) Full() bool { return q.maxsize > 0 && q.Qsize() >= q.maxsize }

func wakeupNext(ws *waiters) {
	for len(*ws) > 0 {
		f := ws.popFirst()
		if !f.Done() {
			f.setResult(py.None)
			return
		}
	}
}

// PutNowait adds item or raises QueueFull.
func (q *Queue) PutNowait(item py.Object) *py.Exc {
	if q.Full() {
		return py.NewExc(QueueFull)
	}
	if q.other == nil {
		q.fifo.put(item)
	} else if exc := q.other.put(item); exc != nil {
		return exc
	}
	q.unfinished++
	q.finished.Clear()
	wakeupNext(&q.getters)
	return nil
}

// GetNowait removes and returns an item or raises QueueEmpty.
func (q *Queue) GetNowait() (py.Object, *py.Exc) {
	if q.Empty() {
		return nil, py.NewExc(QueueEmpty)
	}
	var item py.Object
	if q.other == nil {
		item = q.fifo.get()
	} else {
		item = q.other.get()
	}
	wakeupNext(&q.putters)
	return item, nil
}

// TaskDone marks one item processed; ValueError when called more times
// than items were put.
func (q *Queue) TaskDone() *py.Exc {
	if q.unfinished <= 0 {
		return py.Errorf(py.ValueError, "task_done() called too many times")
	}
	q.unfinished--
	if q.unfinished == 0 {
		q.finished.Set()
	}
	return nil
}

// Join returns the coroutine queue.join(): it waits until every item put
// has been marked done.
func (q *Queue) Join() py.Coroutine {
	started := false
	return newFlow(queueJoinCode, func(_ py.Object, exc *py.Exc) (py.Awaiter, py.Object, *py.Exc) {
		if !started && q.unfinished > 0 {
			started = true
			return q.finished.Wait(), nil, nil
		}
		return done(py.None, exc)
	})
}

// Get returns the coroutine queue.get(): an item at once if there is one,
// else it waits for a put.
func (q *Queue) Get() py.Coroutine { return &QueueGet{q: q} }

// Put returns the coroutine queue.put(item): it waits while the queue is
// full.
func (q *Queue) Put(item py.Object) py.Coroutine { return &QueuePut{q: q, item: item} }

// QueueGet is the coroutine of queue.get(). Get allocates one; generated
// code may instead keep a QueueGet in its own coroutine struct, Reset it
// and await its address, so that "await q.get()" allocates nothing.
type QueueGet struct {
	q      *Queue
	waiter *Future
	state  uint8 // 0 start, 1 waiting, 2 done
}

// Reset makes g a fresh, unstarted q.get().
func (g *QueueGet) Reset(q *Queue) { *g = QueueGet{q: q} }

// Code implements py.Coroutine.
func (g *QueueGet) Code() *py.Code { return queueGetCode }

// Line implements py.Coroutine.
func (g *QueueGet) Line() int {
	if g.state == 1 {
		return 158
	}
	return 0
}

// Resume implements py.Awaiter.
func (g *QueueGet) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	q := g.q
	switch g.state {
	case 0:
		g.state = 1
		if thrown != nil {
			g.state = 2
			return nil, py.Raised, thrown
		}
	case 1:
		if thrown != nil {
			w := g.waiter
			w.cancel(nil)
			q.getters.remove(w)
			if !q.Empty() && !w.Cancelled() {
				wakeupNext(&q.getters)
			}
			g.state = 2
			return nil, py.Raised, thrown
		}
		if !g.waiter.Done() {
			return g.waiter, py.Yielded, nil
		}
		q.recycle(g.waiter)
		g.waiter = nil
	default:
		return nil, py.Raised, py.Errorf(py.RuntimeError, "cannot reuse already awaited coroutine")
	}
	if q.Empty() {
		l, exc := currentLoop()
		if exc != nil {
			g.state = 2
			return nil, py.Raised, exc
		}
		g.waiter = q.newWaiter(l)
		q.getters = append(q.getters, g.waiter)
		return g.waiter, py.Yielded, nil
	}
	g.state = 2
	item, exc := q.GetNowait()
	if exc != nil {
		return nil, py.Raised, exc
	}
	return item, py.Returned, nil
}

// QueuePut is the coroutine of queue.put(item); like QueueGet it can be
// embedded and Reset instead of allocated.
type QueuePut struct {
	q      *Queue
	item   py.Object
	waiter *Future
	state  uint8
}

// Reset makes p a fresh, unstarted q.put(item).
func (p *QueuePut) Reset(q *Queue, item py.Object) { *p = QueuePut{q: q, item: item} }

// Code implements py.Coroutine.
func (p *QueuePut) Code() *py.Code { return queuePutCode }

// Line implements py.Coroutine.
func (p *QueuePut) Line() int {
	if p.state == 1 {
		return 131
	}
	return 0
}

// Resume implements py.Awaiter.
func (p *QueuePut) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	q := p.q
	switch p.state {
	case 0:
		p.state = 1
		if thrown != nil {
			p.state = 2
			return nil, py.Raised, thrown
		}
	case 1:
		if thrown != nil {
			w := p.waiter
			w.cancel(nil)
			q.putters.remove(w)
			if !q.Full() && !w.Cancelled() {
				wakeupNext(&q.putters)
			}
			p.state = 2
			return nil, py.Raised, thrown
		}
		if !p.waiter.Done() {
			return p.waiter, py.Yielded, nil
		}
		q.recycle(p.waiter)
		p.waiter = nil
	default:
		return nil, py.Raised, py.Errorf(py.RuntimeError, "cannot reuse already awaited coroutine")
	}
	if q.Full() {
		l, exc := currentLoop()
		if exc != nil {
			p.state = 2
			return nil, py.Raised, exc
		}
		p.waiter = q.newWaiter(l)
		q.putters = append(q.putters, p.waiter)
		return p.waiter, py.Yielded, nil
	}
	p.state = 2
	if exc := q.PutNowait(p.item); exc != nil {
		return nil, py.Raised, exc
	}
	return py.None, py.Returned, nil
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
