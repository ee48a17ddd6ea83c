package rt

import (
	"github.com/asyncgen/asyncgen/runtime/py"
	"github.com/asyncgen/asyncgen/runtime/pyasyncio"
)

// Compiled code calls these for asyncio.sleep(x), asyncio.create_task(c)
// and asyncio.gather(...) when the name asyncio is bound only by "import
// asyncio". mod is the value of that global. While the module's
// attributes are untouched the call goes straight to the runtime, without
// the attribute lookup, the argument slice and the binding; once the
// program has assigned one of them, the attribute is looked up and called
// as usual.

// AsyncioSleep is asyncio.sleep(delay).
func AsyncioSleep(mod, delay py.Object) (py.Object, *py.Exc) {
	if !pyasyncio.Pristine(mod) {
		return callAttr(mod, "sleep", []py.Object{delay})
	}
	c, e := pyasyncio.Sleep(delay)
	if e != nil {
		return nil, e
	}
	return c, nil
}

// AwaitAsyncioSleep is the awaiter of "await asyncio.sleep(delay)".
func AwaitAsyncioSleep(mod, delay py.Object) (py.Awaiter, *py.Exc) {
	if !pyasyncio.Pristine(mod) {
		v, e := callAttr(mod, "sleep", []py.Object{delay})
		if e != nil {
			return nil, e
		}
		return GetAwaiter(v)
	}
	c, e := pyasyncio.Sleep(delay)
	if e != nil {
		return nil, e
	}
	return c, nil
}

// AsyncioCreateTask is asyncio.create_task(coro).
func AsyncioCreateTask(mod, coro py.Object) (py.Object, *py.Exc) {
	if !pyasyncio.Pristine(mod) {
		return callAttr(mod, "create_task", []py.Object{coro})
	}
	return pyasyncio.CreateTask(coro)
}

// AsyncioGather is asyncio.gather(*aws). It does not keep aws, which may
// be the items of a list the program still holds (see StarArgs).
func AsyncioGather(mod py.Object, aws []py.Object) (py.Object, *py.Exc) {
	if !pyasyncio.Pristine(mod) {
		return callAttr(mod, "gather", append([]py.Object(nil), aws...))
	}
	return pyasyncio.Gather(aws)
}

// AsyncioGatherOwned is AsyncioGather for arguments in a slice nobody
// else holds (the items of a list built for the call, as in
// gather(*[f(x) for x in xs]), or of the call's own argument slice), which
// gather may keep.
func AsyncioGatherOwned(mod py.Object, aws []py.Object) (py.Object, *py.Exc) {
	if !pyasyncio.Pristine(mod) {
		return callAttr(mod, "gather", aws)
	}
	return pyasyncio.GatherOwned(aws)
}

// StarArgs returns the items of v for a call f(*v) whose callee does not
// keep its argument slice: a list's or tuple's own items, without a copy.
func StarArgs(v py.Object) ([]py.Object, *py.Exc) {
	switch x := v.(type) {
	case *py.List:
		return x.Items, nil
	case py.Tuple:
		return x, nil
	}
	l := py.NewList()
	if e := Extend(l, v); e != nil {
		return nil, e
	}
	return l.Items, nil
}

func callAttr(mod py.Object, name string, args []py.Object) (py.Object, *py.Exc) {
	fn, e := py.GetAttr(mod, name)
	if e != nil {
		return nil, e
	}
	return py.Call(fn, args, nil)
}

// GetCallAwaiter is GetAwaiter for "await o.m(...)", where fn is the
// method py.LookupMethod found: see pyasyncio.Exclusive.
func GetCallAwaiter(fn, v py.Object) (py.Awaiter, *py.Exc) {
	pyasyncio.Exclusive(fn, v)
	return GetAwaiter(v)
}
