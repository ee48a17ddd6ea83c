package rt

import (
	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
	"github.com/asyncgen/asyncgen/runtime/pyasyncio"
)

// QueueGetOp and QueuePutOp are an asyncio queue's get and put
// operations, kept in a compiled coroutine's state machine, one per
// "await o.get()" or "await o.put(x)" site (see AwaitGet).
type (
	QueueGetOp = asyncio.QueueGet
	QueuePutOp = asyncio.QueuePut
)

// AwaitGet is the awaiter of "await o.get()", fn and self being what
// py.LookupMethod found for o.get: when that is an asyncio queue's own get,
// op, reset for this await (the site's previous await of it has ended),
// or when an abandoned await left op spoiled, the queue's own operation;
// else the awaiter of the method's result.
func AwaitGet(op *QueueGetOp, fn, self py.Object) (py.Awaiter, *py.Exc) {
	if q := pyasyncio.QueueGetOf(fn, self); q != nil {
		if op.Spoiled() {
			return q.Get(), nil
		}
		op.Reset(q)
		return op, nil
	}
	v, e := py.CallSelf(fn, self, []py.Object{nil}, nil)
	if e != nil {
		return nil, e
	}
	return GetCallAwaiter(fn, v)
}

// AwaitPut is AwaitGet for "await o.put(item)".
func AwaitPut(op *QueuePutOp, fn, self, item py.Object) (py.Awaiter, *py.Exc) {
	if q := pyasyncio.QueuePutOf(fn, self); q != nil {
		if op.Spoiled() {
			return q.Put(item), nil
		}
		op.Reset(q, item)
		return op, nil
	}
	v, e := py.CallSelf(fn, self, []py.Object{nil, item}, nil)
	if e != nil {
		return nil, e
	}
	return GetCallAwaiter(fn, v)
}
