package asyncio

import (
	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// opSlab is how many get or put coroutines one allocation provides: a
// queue carves them from a slab, so "await q.get()" costs a fraction of an
// allocation. Each coroutine is still a distinct object, used once; one that
// outlives its await keeps its slab (opSlab*96 or opSlab*112 bytes) alive.
const opSlab = 8

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
// (once the previous await of it has finished) and await its address, so
// that "await q.get()" allocates nothing.
//
// Its state: not waiting, not done: not started (or running); waiting: w
// is its getter future, in the queue's getters; done (or no queue):
// finished. The getter future lives inside it, so waiting allocates
// nothing either.
type QueueGet struct {
	q         *Queue
	waiting   bool
	done      bool
	exclusive bool // see Exclusive
	spoiled   bool // see Spoiled
	w         Future
}

// Spoiled reports that g was abandoned while its getter future still had
// a callback to run (the future may yet be used by it): it must not be
// Reset and awaited again.
func (g *QueueGet) Spoiled() bool { return g.spoiled }

// Exclusive tells g that nothing but the await it is about to be handed to
// refers to it (generated code awaiting the result of the queue's own get
// method): once finished, the queue hands it out again.
func (g *QueueGet) Exclusive() { g.exclusive = true }

// finish ends g, and offers it to its queue again if it is exclusive.
func (g *QueueGet) finish() {
	g.done, g.waiting = true, false
	if g.exclusive {
		g.exclusive = false
		g.q.spareGets = append(g.q.spareGets, g)
	}
}

// Reset makes g a fresh, unstarted q.get(). Its getter future is kept for
// park to renew.
func (g *QueueGet) Reset(q *Queue) {
	g.q, g.waiting, g.done, g.exclusive = q, false, false, false
}

// Code implements py.Coroutine.
func (g *QueueGet) Code() *py.Code { return queueGetCode }

// Line implements py.Coroutine.
func (g *QueueGet) Line() int {
	if g.waiting {
		return 158
	}
	return 0
}

// park makes w a fresh pending waiter on the running loop.
func park(w *Future) *py.Exc {
	var l *EventLoop
	if ts := gil.Current(); ts != nil {
		l, _ = ts.Loop.(*EventLoop)
	}
	if l == nil {
		_, exc := GetRunningLoop()
		return exc
	}
	if w.loop != l || w.rare != nil || w.cb0 != nil {
		*w = Future{loop: l}
	} else {
		// Used before, and done (woken or cancelled without a message):
		// only its state and result differ from a new future's.
		w.state, w.result = statePending, nil
	}
	return nil
}

// abandon is what a get or put does with its waiter w when an exception
// is thrown in while it waits: cancel w, as CPython's getter.cancel().
// It reports whether w is safe to reuse: not if cancelling it just
// scheduled a wake-up that still refers to it.
func abandon(w *Future) (reusable bool) {
	reusable = w.state != statePending || w.cb0 == nil
	w.cancel(nil)
	return reusable
}

// Resume implements py.Awaiter.
func (g *QueueGet) Resume(sent py.Object, thrown *py.Exc) (py.Object, py.Status, *py.Exc) {
	q := g.q
	if q == nil || g.done {
		return nil, py.Raised, errReused()
	}
	if g.waiting {
		w := &g.w
		if thrown != nil {
			if !abandon(w) {
				g.exclusive, g.spoiled = false, true
			}
			q.getters.remove(w)
			wake := q.Qsize() != 0 && !w.Cancelled()
			g.finish()
			if wake {
				wakeupNext(&q.getters)
			}
			return nil, py.Raised, thrown
		}
		if w.state == statePending {
			return w, py.Yielded, nil
		}
		g.waiting = false
	} else if thrown != nil {
		g.finish()
		return nil, py.Raised, thrown
	}
	if q.Qsize() == 0 {
		if exc := park(&g.w); exc != nil {
			g.finish()
			return nil, py.Raised, exc
		}
		g.waiting = true
		q.getters = append(q.getters, &g.w)
		return &g.w, py.Yielded, nil
	}
	g.finish()
	return q.take(), py.Returned, nil
}

// QueuePut is the coroutine of queue.put(item); like QueueGet it can be
// embedded and Reset instead of allocated, and keeps its state the same
// way.
type QueuePut struct {
	q         *Queue
	item      py.Object
	waiting   bool
	done      bool
	exclusive bool // see Exclusive
	spoiled   bool // see Spoiled
	w         Future
}

// Spoiled reports that p was abandoned while its putter future still had
// a callback to run: it must not be Reset and awaited again.
func (p *QueuePut) Spoiled() bool { return p.spoiled }

// Exclusive is QueueGet.Exclusive for a put.
func (p *QueuePut) Exclusive() { p.exclusive = true }

// finish ends p, and offers it to its queue again if it is exclusive.
func (p *QueuePut) finish() {
	p.done, p.waiting, p.item = true, false, nil
	if p.exclusive {
		p.exclusive = false
		p.q.sparePuts = append(p.q.sparePuts, p)
	}
}

// Reset makes p a fresh, unstarted q.put(item). Its putter future is kept
// for park to renew.
func (p *QueuePut) Reset(q *Queue, item py.Object) {
	p.q, p.item, p.waiting, p.done, p.exclusive = q, item, false, false, false
}

// Code implements py.Coroutine.
func (p *QueuePut) Code() *py.Code { return queuePutCode }

// Line implements py.Coroutine.
func (p *QueuePut) Line() int {
	if p.waiting {
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
	if p.waiting {
		w := &p.w
		if thrown != nil {
			if !abandon(w) {
				p.exclusive, p.spoiled = false, true
			}
			q.putters.remove(w)
			wake := !q.Full() && !w.Cancelled()
			p.finish()
			if wake {
				wakeupNext(&q.putters)
			}
			return nil, py.Raised, thrown
		}
		if w.state == statePending {
			return w, py.Yielded, nil
		}
		p.waiting = false
	} else if thrown != nil {
		p.finish()
		return nil, py.Raised, thrown
	}
	if q.Full() {
		if exc := park(&p.w); exc != nil {
			p.finish()
			return nil, py.Raised, exc
		}
		p.waiting = true
		q.putters = append(q.putters, &p.w)
		return &p.w, py.Yielded, nil
	}
	item := p.item
	p.finish()
	if exc := q.add(item); exc != nil {
		return nil, py.Raised, exc
	}
	return py.None, py.Returned, nil
}

// errReused is what awaiting a finished get or put raises.
func errReused() *py.Exc {
	return py.Errorf(py.RuntimeError, "cannot reuse already awaited coroutine")
}
