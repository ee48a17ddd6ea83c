package asyncio

import "github.com/asyncgen/asyncgen/runtime/py"

// Read-only views of the primitives' state, for the reprs of their Python
// objects (package pyasyncio): CPython's reprs show waiter counts, a
// semaphore's value and a queue's items.

// Waiters returns the number of tasks waiting to acquire the lock.
func (l *Lock) Waiters() int { return len(l.waiters) }

// Waiters returns the number of tasks waiting for the event.
func (e *Event) Waiters() int { return len(e.waiters) }

// Waiters returns the number of tasks waiting for a notification.
func (c *Condition) Waiters() int { return len(c.waiters) }

// Lock returns the lock the condition uses.
func (c *Condition) Lock() *Lock { return c.lock }

// Value returns the semaphore's counter.
func (s *Semaphore) Value() int { return s.value }

// Waiters returns the number of tasks waiting to acquire the semaphore.
func (s *Semaphore) Waiters() int { return len(s.waiters) }

// Bounded reports whether s is a BoundedSemaphore.
func (s *Semaphore) Bounded() bool { return s.bound >= 0 }

// Items returns a copy of the queue's items in its internal order: the
// order they will be got in for a FIFO queue, the order they were put in
// for a LIFO queue, heap order for a priority queue (list(q._queue)).
func (q *Queue) Items() []py.Object {
	switch s := q.other.(type) {
	case *lifo:
		return append([]py.Object(nil), s.items...)
	case *priority:
		return append([]py.Object(nil), s.items...)
	}
	out := make([]py.Object, q.fifo.n)
	for i := range out {
		out[i] = q.fifo.buf[(q.fifo.head+i)&(len(q.fifo.buf)-1)]
	}
	return out
}

// Getters returns the number of tasks waiting in get.
func (q *Queue) Getters() int { return len(q.getters) }

// Putters returns the number of tasks waiting in put.
func (q *Queue) Putters() int { return len(q.putters) }

// Unfinished returns the number of items put and not yet marked done by
// TaskDone.
func (q *Queue) Unfinished() int { return q.unfinished }
