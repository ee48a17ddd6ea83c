package pyasyncio

import "github.com/asyncgen/asyncgen/runtime/py"

// QueueGetAwaiter is the awaiter of "await o.get()" when fn, the method
// LookupMethod found for o.get (self being o), is the queues' own get: the
// queue's reusable get operation, with no coroutine object or argument
// binding. It returns nil for any other method or receiver.
func QueueGetAwaiter(fn, self py.Object) py.Awaiter {
	if fn != queueGet {
		return nil
	}
	q, e := queueOf(self)
	if e != nil {
		return nil
	}
	return q.Get()
}

// QueuePutAwaiter is QueueGetAwaiter for "await o.put(item)".
func QueuePutAwaiter(fn, self, item py.Object) py.Awaiter {
	if fn != queuePut {
		return nil
	}
	q, e := queueOf(self)
	if e != nil {
		return nil
	}
	return q.Put(item)
}
