package pyasyncio

import (
	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// Compiled code calls the functions below for asyncio.sleep(x),
// asyncio.create_task(c) and asyncio.gather(*aws) when the module it
// reads them from is Pristine: they are what the module's attributes do,
// without the attribute lookup and the argument binding.

// Pristine reports whether m is an asyncio module object none of whose
// attributes the program has assigned, so that asyncio.NAME is still the
// module's own function.
func Pristine(m py.Object) bool {
	mod, ok := m.(*py.Module)
	return ok && !mod.Patched && mod.Name == "asyncio"
}

// Sleep is asyncio.sleep(delay).
func Sleep(delay py.Object) (py.Coroutine, *py.Exc) { return sleepFor(delay, py.None) }

// CreateTask is asyncio.create_task(coro).
func CreateTask(coro py.Object) (py.Object, *py.Exc) {
	c, e := coroutine(coro)
	if e != nil {
		return nil, e
	}
	return newTask(c)
}

// Gather is asyncio.gather(*aws).
func Gather(aws []py.Object) (py.Object, *py.Exc) { return gather(aws, nil) }

// GatherOwned is asyncio.gather(*aws) for a slice nobody else holds (a
// list built for the call), which gather keeps (see asyncio.GatherInto).
func GatherOwned(aws []py.Object) (py.Object, *py.Exc) { return startGather(aws, false, true) }

// queueGet and queuePut are the methods Queue.get and Queue.put;
// queueGetFn and queuePutFn the same as functions, set once at start-up.
var (
	queueGet, queuePut     py.Object
	queueGetFn, queuePutFn *py.Function
)

// Exclusive is called with the value of "await o.m(...)" and the method
// fn that LookupMethod found for it, before the await: when fn is the
// queues' own get or put, nothing else can refer to the coroutine it made,
// so the queue may hand it out again once the await is over.
func Exclusive(fn, v py.Object) {
	switch x := v.(type) {
	case *asyncio.QueueGet:
		if fn == queueGet {
			x.Exclusive()
		}
	case *asyncio.QueuePut:
		if fn == queuePut {
			x.Exclusive()
		}
	}
}
