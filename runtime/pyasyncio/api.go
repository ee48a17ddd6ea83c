package pyasyncio

import (
	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// apiAttrs are the asyncio module's classes, exceptions and functions
// beyond the scheduling functions of module.go.
func apiAttrs() map[string]py.Object {
	attrs := map[string]py.Object{
		"Lock":             LockClass,
		"Event":            EventClass,
		"Condition":        ConditionClass,
		"Semaphore":        SemaphoreClass,
		"BoundedSemaphore": BoundedSemaphoreClass,
		"Queue":            QueueClass,
		"LifoQueue":        LifoQueueClass,
		"PriorityQueue":    PriorityQueueClass,
		"QueueEmpty":       asyncio.QueueEmpty,
		"QueueFull":        asyncio.QueueFull,
		"Timeout":          asyncio.TimeoutClass,
		"TaskGroup":        asyncio.TaskGroupClass,
		"Handle":           asyncio.HandleClass,
		"TimerHandle":      asyncio.TimerHandleClass,

		"AbstractEventLoop": asyncio.AbstractEventLoopClass,
		"BaseEventLoop":     asyncio.BaseEventLoopClass,
		"SelectorEventLoop": asyncio.LoopClass,
	}
	for name, fn := range map[string]builtinFn{
		"timeout":               timeout,
		"timeout_at":            timeoutAt,
		"iscoroutine":           iscoroutine,
		"isfuture":              isfuture,
		"iscoroutinefunction":   iscoroutinefunction,
		"new_event_loop":        newEventLoop,
		"set_event_loop_policy": setEventLoopPolicy,
	} {
		attrs[name] = py.NewBuiltin(name, fn)
	}
	return attrs
}
