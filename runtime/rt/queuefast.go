package rt

import (
	"github.com/asyncgen/asyncgen/runtime/py"
	"github.com/asyncgen/asyncgen/runtime/pyasyncio"
)

// AwaitGet is the awaiter of "await o.get()", fn and self being what
// py.LookupMethod found for o.get: an asyncio queue's own get operation
// when that is the method, else the awaiter of the method's result.
func AwaitGet(fn, self py.Object) (py.Awaiter, *py.Exc) {
	if aw := pyasyncio.QueueGetAwaiter(fn, self); aw != nil {
		return aw, nil
	}
	v, e := py.CallSelf(fn, self, []py.Object{nil}, nil)
	if e != nil {
		return nil, e
	}
	return GetCallAwaiter(fn, v)
}

// AwaitPut is AwaitGet for "await o.put(item)".
func AwaitPut(fn, self, item py.Object) (py.Awaiter, *py.Exc) {
	if aw := pyasyncio.QueuePutAwaiter(fn, self, item); aw != nil {
		return aw, nil
	}
	v, e := py.CallSelf(fn, self, []py.Object{nil, item}, nil)
	if e != nil {
		return nil, e
	}
	return GetCallAwaiter(fn, v)
}
