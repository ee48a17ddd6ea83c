package pyasyncio

import (
	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// QueueGetOf returns the queue of o when fn, the method LookupMethod found
// for o.get (self being o), is the queues' own get; else nil. It is small
// enough to be inlined: with it a compiled "await o.get()" checks its
// method and receiver in a few comparisons before resetting its op.
func QueueGetOf(fn, self py.Object) *asyncio.Queue {
	if f, ok := fn.(*py.Function); ok && f == queueGetFn {
		if inst, ok := self.(*py.Instance); ok {
			q, _ := inst.Native.(*asyncio.Queue)
			return q
		}
	}
	return nil
}

// QueuePutOf is QueueGetOf for o.put.
func QueuePutOf(fn, self py.Object) *asyncio.Queue {
	if f, ok := fn.(*py.Function); ok && f == queuePutFn {
		if inst, ok := self.(*py.Instance); ok {
			q, _ := inst.Native.(*asyncio.Queue)
			return q
		}
	}
	return nil
}

// QueueGetIn is the awaiter of "await o.get()" when fn, the method
// LookupMethod found for o.get (self being o), is the queues' own get: op,
// kept by the caller and reset for this await, with no coroutine object
// or argument binding. It returns nil for any other method or receiver.
// The caller (a compiled coroutine, one op per await site) must not reset
// op before the previous await of it has ended. An op abandoned in a way
// that leaves its future in use (Spoiled) is not used again: the queue's
// own reusable operation is awaited instead.
func QueueGetIn(op *asyncio.QueueGet, fn, self py.Object) py.Awaiter {
	if !sameFunction(fn, queueGet) {
		return nil
	}
	q, e := queueOf(self)
	if e != nil {
		return nil
	}
	if op.Spoiled() {
		return q.Get()
	}
	op.Reset(q)
	return op
}

// QueuePutIn is QueueGetIn for "await o.put(item)".
func QueuePutIn(op *asyncio.QueuePut, fn, self, item py.Object) py.Awaiter {
	if !sameFunction(fn, queuePut) {
		return nil
	}
	q, e := queueOf(self)
	if e != nil {
		return nil
	}
	if op.Spoiled() {
		return q.Put(item)
	}
	op.Reset(q, item)
	return op
}

// sameFunction reports whether fn and known hold the same *py.Function,
// comparing pointers: comparing the interfaces calls into Go's runtime.
func sameFunction(fn, known py.Object) bool {
	f, ok := fn.(*py.Function)
	k, _ := known.(*py.Function)
	return ok && f == k
}
