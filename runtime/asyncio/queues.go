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
	size       int   // the number of items
	fifo       fifo  // the items of a FIFO queue
	other      store // the items of a LIFO or priority queue (nil for FIFO)
	getters    waiters
	putters    waiters
	unfinished int
	finished   Event
	getSlab    []QueueGet  // unused get coroutines (see opSlab)
	putSlab    []QueuePut  // unused put coroutines
	spareGets  []*QueueGet // finished exclusive get coroutines, for reuse
	sparePuts  []*QueuePut // finished exclusive put coroutines
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
func (q *Queue) Qsize() int { return q.size }

// Maxsize returns the bound given at creation.
func (q *Queue) Maxsize() int { return q.maxsize }

// Empty reports whether the queue has no items.
func (q *Queue) Empty() bool { return q.size == 0 }

// Full reports whether a bounded queue holds maxsize items.
func (q *Queue) Full() bool { return q.maxsize > 0 && q.size >= q.maxsize }

func wakeupNext(ws *waiters) {
	for len(*ws) > 0 {
		var f *Future
		if s := *ws; len(s) == 1 {
			// The common case of one waiter: no copying down.
			f, s[0], *ws = s[0], nil, s[:0]
		} else {
			f = ws.popFirst()
		}
		if f.state != statePending {
			continue
		}
		// f.setResult(None), with scheduleCallbacks' common case inline.
		f.result, f.state = py.None, stateFinished
		if f.cb0 != nil && f.cb0Task && f.rare == nil {
			t := (*Task)(f.cb0)
			f.cb0 = nil
			*f.loop.ready.slot() = wakeEntry(t, f)
		} else {
			f.scheduleAll()
		}
		return
	}
}

// PutNowait adds item or raises QueueFull.
func (q *Queue) PutNowait(item py.Object) *py.Exc {
	if q.Full() {
		return py.NewExc(QueueFull)
	}
	return q.add(item)
}

// add is PutNowait on a queue that is not full.
func (q *Queue) add(item py.Object) *py.Exc {
	if q.other == nil {
		q.fifo.put(item)
	} else if exc := q.other.put(item); exc != nil {
		return exc
	}
	q.size++
	q.unfinished++
	q.finished.Clear()
	if len(q.getters) != 0 {
		wakeupNext(&q.getters)
	}
	return nil
}

// GetNowait removes and returns an item or raises QueueEmpty.
func (q *Queue) GetNowait() (py.Object, *py.Exc) {
	if q.Empty() {
		return nil, py.NewExc(QueueEmpty)
	}
	return q.take(), nil
}

// take removes and returns an item of a non-empty queue and wakes the
// first putter.
func (q *Queue) take() py.Object {
	var item py.Object
	if q.other == nil {
		item = q.fifo.get()
	} else {
		item = q.other.get()
	}
	q.size--
	if len(q.putters) != 0 {
		wakeupNext(&q.putters)
	}
	return item
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
