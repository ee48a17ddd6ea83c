package asyncio

import "github.com/asyncgen/asyncgen/runtime/py"

// opSlab is how many get or put coroutines one allocation provides: a
// queue carves them from a slab, so "await q.get()" costs a fraction of an
// allocation. Each coroutine is still a distinct object, used once; one that
// outlives its await keeps its slab (opSlab*24 or opSlab*40 bytes) alive.
const opSlab = 32

// Get returns a coroutine queue.get() for one await: an item at once if
// there is one, else it waits for a put. The caller awaits it to the end
// (or until it raises) and then drops it: the queue hands the same object
// out again once it has finished, so "await q.Get()" allocates nothing.
// NewGet is the Python-level q.get(), a coroutine of its own.
func (q *Queue) Get() *QueueGet {
	g := q.NewGet()
	g.exclusive = true
	return g
}

// NewGet returns a new coroutine queue.get(), as Python's q.get() makes:
// a distinct object, usable once (awaiting it again raises RuntimeError),
// never handed out again unless marked Exclusive.
func (q *Queue) NewGet() *QueueGet {
	if n := len(q.spareGets); n > 0 {
		g := q.spareGets[n-1]
		q.spareGets = q.spareGets[:n-1]
		g.Reset(q)
		return g
	}
	if len(q.getSlab) == 0 {
		q.getSlab = make([]QueueGet, opSlab)
	}
	g := &q.getSlab[0]
	q.getSlab = q.getSlab[1:]
	g.q = q
	return g
}

// Put returns a coroutine queue.put(item) for one await; like Get's, the
// queue hands it out again once it has finished. NewPut is the
// Python-level q.put(item).
func (q *Queue) Put(item py.Object) *QueuePut {
	p := q.NewPut(item)
	p.exclusive = true
	return p
}

// NewPut returns a new coroutine queue.put(item): it waits while the queue
// is full. Like NewGet's, it is a distinct object, usable once.
func (q *Queue) NewPut(item py.Object) *QueuePut {
	if n := len(q.sparePuts); n > 0 {
		p := q.sparePuts[n-1]
		q.sparePuts = q.sparePuts[:n-1]
		p.Reset(q, item)
		return p
	}
	if len(q.putSlab) == 0 {
		q.putSlab = make([]QueuePut, opSlab)
	}
	p := &q.putSlab[0]
	q.putSlab = q.putSlab[1:]
	p.q, p.item = q, item
	return p
}

// QueueGet is the coroutine of queue.get(). Get hands out one; generated
// code may instead keep a QueueGet in its own coroutine struct, Reset it
// and await its address, so that "await q.get()" allocates nothing.
//
// Its state: no waiter, not started (or running); a waiter, waiting on it;
// done (or no queue), finished.
type QueueGet struct {
	q         *Queue
	waiter    *Future
	done      bool
	exclusive bool // see Exclusive
}

// Exclusive tells g that nothing but the await it is about to be handed to
// refers to it (generated code awaiting the result of the queue's own get
// method): once finished, the queue hands it out again.
func (g *QueueGet) Exclusive() { g.exclusive = true }

// finish ends g, and offers it to its queue again if it is exclusive.
func (g *QueueGet) finish() {
	g.done, g.waiter = true, nil
	if g.exclusive {
		g.exclusive = false
		g.q.spareGets = append(g.q.spareGets, g)
	}
}

// Reset makes g a fresh, unstarted q.get().
func (g *QueueGet) Reset(q *Queue) { *g = QueueGet{q: q} }

// Code implements py.Coroutine.
func (g *QueueGet) Code() *py.Code { return queueGetCode }

// Line implements py.Coroutine.
func (g *QueueGet) Line() int {
	if g.waiter != nil {
		return 158
	}
	return 0
}

// Resume implements py.Awaiter.
func (g *QueueGet) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	q := g.q
	if q == nil || g.done {
		return nil, py.Raised, errReused()
	}
	if w := g.waiter; w != nil {
		if thrown != nil {
			g.finish()
			w.cancel(nil)
			q.getters.remove(w)
			if !q.Empty() && !w.Cancelled() {
				wakeupNext(&q.getters)
			}
			return nil, py.Raised, thrown
		}
		if w.state == statePending {
			return w, py.Yielded, nil
		}
		q.recycle(w)
		g.waiter = nil
	} else if thrown != nil {
		g.finish()
		return nil, py.Raised, thrown
	}
	if q.Empty() {
		l, exc := currentLoop()
		if exc != nil {
			g.finish()
			return nil, py.Raised, exc
		}
		w := q.newWaiter(l)
		g.waiter = w
		q.getters = append(q.getters, w)
		return w, py.Yielded, nil
	}
	g.finish()
	item, exc := q.GetNowait()
	if exc != nil {
		return nil, py.Raised, exc
	}
	return item, py.Returned, nil
}

// QueuePut is the coroutine of queue.put(item); like QueueGet it can be
// embedded and Reset instead of allocated, and keeps its state the same
// way.
type QueuePut struct {
	q         *Queue
	waiter    *Future
	item      py.Object
	done      bool
	exclusive bool // see Exclusive
}

// Exclusive is QueueGet.Exclusive for a put.
func (p *QueuePut) Exclusive() { p.exclusive = true }

// finish ends p, and offers it to its queue again if it is exclusive.
func (p *QueuePut) finish() {
	p.done, p.waiter, p.item = true, nil, nil
	if p.exclusive {
		p.exclusive = false
		p.q.sparePuts = append(p.q.sparePuts, p)
	}
}

// Reset makes p a fresh, unstarted q.put(item).
func (p *QueuePut) Reset(q *Queue, item py.Object) { *p = QueuePut{q: q, item: item} }

// Code implements py.Coroutine.
func (p *QueuePut) Code() *py.Code { return queuePutCode }

// Line implements py.Coroutine.
func (p *QueuePut) Line() int {
	if p.waiter != nil {
		return 131
	}
	return 0
}

// Resume implements py.Awaiter.
func (p *QueuePut) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	q := p.q
	if q == nil || p.done {
		return nil, py.Raised, errReused()
	}
	if w := p.waiter; w != nil {
		if thrown != nil {
			p.finish()
			w.cancel(nil)
			q.putters.remove(w)
			if !q.Full() && !w.Cancelled() {
				wakeupNext(&q.putters)
			}
			return nil, py.Raised, thrown
		}
		if w.state == statePending {
			return w, py.Yielded, nil
		}
		q.recycle(w)
		p.waiter = nil
	} else if thrown != nil {
		p.finish()
		return nil, py.Raised, thrown
	}
	if q.Full() {
		l, exc := currentLoop()
		if exc != nil {
			p.finish()
			return nil, py.Raised, exc
		}
		w := q.newWaiter(l)
		p.waiter = w
		q.putters = append(q.putters, w)
		return w, py.Yielded, nil
	}
	item := p.item
	p.finish()
	if exc := q.PutNowait(item); exc != nil {
		return nil, py.Raised, exc
	}
	return py.None, py.Returned, nil
}

// errReused is what awaiting a finished get or put raises.
func errReused() *py.Exc {
	return py.Errorf(py.RuntimeError, "cannot reuse already awaited coroutine")
}
