package asyncio

import "github.com/asyncgen/asyncgen/runtime/py"

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
