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
	free       []*Future   // waiters of finished get/put calls, for reuse
	getSlab    []QueueGet  // unused get coroutines (see opSlab)
	putSlab    []QueuePut  // unused put coroutines
	spareGets  []*QueueGet // finished exclusive get coroutines, for reuse
	sparePuts  []*QueuePut // finished exclusive put coroutines
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
