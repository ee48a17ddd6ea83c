package pyasyncio

import (
	"fmt"
	"strings"

	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// The queues of asyncio.queues as Python classes.
var (
	// QueueClass is asyncio.Queue.
	QueueClass = py.NewClass("Queue", "asyncio.queues", py.ObjectClass)
	// PriorityQueueClass is asyncio.PriorityQueue.
	PriorityQueueClass = py.NewClass("PriorityQueue", "asyncio.queues", QueueClass)
	// LifoQueueClass is asyncio.LifoQueue.
	LifoQueueClass = py.NewClass("LifoQueue", "asyncio.queues", QueueClass)
)

func queueOf(self py.Object) (*asyncio.Queue, *py.Exc) { return impl[*asyncio.Queue](self, "_queue") }

// queueInit is Queue.__init__ for a queue made by mk.
func queueInit(mk func(maxsize int) *asyncio.Queue) method {
	return func(a []py.Object) (py.Object, *py.Exc) {
		n, e := py.Index(a[1])
		if e != nil {
			return nil, e
		}
		setImpl(a[0], mk(n))
		return py.None, nil
	}
}

func priorityLess(a, b py.Object) (bool, *py.Exc) { return py.Lt(a, b) }

func init() {
	c := QueueClass
	maxsize := sig([]string{"self", "maxsize"}, 0)
	// The subclasses differ only in the container (CPython's _init).
	defPy(c, "__init__", maxsize, queueInit(asyncio.NewQueue))
	defPyAs(LifoQueueClass, "__init__", "Queue.__init__", maxsize, queueInit(asyncio.NewLifoQueue))
	defPyAs(PriorityQueueClass, "__init__", "Queue.__init__", maxsize, queueInit(func(n int) *asyncio.Queue {
		return asyncio.NewPriorityQueue(n, priorityLess)
	}))
	defPy(c, "__repr__", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		q, e := queueOf(a[0])
		if e != nil {
			return nil, e
		}
		return fmt.Sprintf("<%s at %p %s>", py.TypeOf(a[0]).Name, a[0], queueFormat(q)), nil
	})
	defPy(c, "__str__", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		q, e := queueOf(a[0])
		if e != nil {
			return nil, e
		}
		return fmt.Sprintf("<%s %s>", py.TypeOf(a[0]).Name, queueFormat(q)), nil
	})
	query := func(name string, fn func(q *asyncio.Queue) py.Object) {
		defPy(c, name, selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
			q, e := queueOf(a[0])
			if e != nil {
				return nil, e
			}
			return fn(q), nil
		})
	}
	query("qsize", func(q *asyncio.Queue) py.Object { return q.Qsize() })
	query("empty", func(q *asyncio.Queue) py.Object { return q.Empty() })
	query("full", func(q *asyncio.Queue) py.Object { return q.Full() })
	query("get", func(q *asyncio.Queue) py.Object { return q.NewGet() })
	query("join", func(q *asyncio.Queue) py.Object { return q.Join() })
	queueGet, _ = c.Lookup("get")
	queueGetFn = queueGet.(*py.Function)
	c.SetMethod("maxsize", &py.Property{Get: py.NewBuiltin("maxsize", func(args []py.Object, _ []py.Kwarg) (py.Object, *py.Exc) {
		q, e := queueOf(args[0])
		if e != nil {
			return nil, e
		}
		return q.Maxsize(), nil
	})})
	item := sig([]string{"self", "item"})
	defPy(c, "put", item, func(a []py.Object) (py.Object, *py.Exc) {
		q, e := queueOf(a[0])
		if e != nil {
			return nil, e
		}
		return q.NewPut(a[1]), nil
	})
	queuePut, _ = c.Lookup("put")
	queuePutFn = queuePut.(*py.Function)
	defPy(c, "put_nowait", item, func(a []py.Object) (py.Object, *py.Exc) {
		q, e := queueOf(a[0])
		if e != nil {
			return nil, e
		}
		return none(q.PutNowait(a[1]))
	})
	defPy(c, "get_nowait", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		q, e := queueOf(a[0])
		if e != nil {
			return nil, e
		}
		return q.GetNowait()
	})
	defPy(c, "task_done", selfOnly, func(a []py.Object) (py.Object, *py.Exc) {
		q, e := queueOf(a[0])
		if e != nil {
			return nil, e
		}
		return none(q.TaskDone())
	})
}

// queueFormat is Queue._format: the state both reprs show.
func queueFormat(q *asyncio.Queue) string {
	var b strings.Builder
	fmt.Fprintf(&b, "maxsize=%d", q.Maxsize())
	if items := q.Items(); len(items) > 0 {
		b.WriteString(" _queue=" + py.Repr(py.NewList(items...)))
	}
	if n := q.Getters(); n > 0 {
		fmt.Fprintf(&b, " _getters[%d]", n)
	}
	if n := q.Putters(); n > 0 {
		fmt.Fprintf(&b, " _putters[%d]", n)
	}
	if n := q.Unfinished(); n > 0 {
		fmt.Fprintf(&b, " tasks=%d", n)
	}
	return b.String()
}
