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
