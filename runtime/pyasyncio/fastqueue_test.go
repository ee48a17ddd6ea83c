package pyasyncio_test

import (
	"testing"

	"github.com/asyncgen/asyncgen/runtime/py"
	"github.com/asyncgen/asyncgen/runtime/pyasyncio"
)

// TestQueueGetPutOf checks which method and receiver pairs QueueGetOf and
// QueuePutOf take for a queue's own get and put (the fast path of a
// compiled "await o.get()"): the queues' methods on a queue or a subclass
// instance, and nothing else.
func TestQueueGetPutOf(t *testing.T) {
	newObj := func(c *py.Class) py.Object {
		o, exc := py.Call(c, nil, nil)
		if exc != nil {
			t.Fatalf("%s(): %v", c.Name, exc)
		}
		return o
	}
	sub := py.NewClass("MyQueue", "__main__", pyasyncio.QueueClass)
	q, lq, sq := newObj(pyasyncio.QueueClass), newObj(pyasyncio.LifoQueueClass), newObj(sub)
	lock := newObj(pyasyncio.LockClass)
	plain := py.NewInstance(py.NewClass("Plain", "__main__", py.ObjectClass))
	get, _ := pyasyncio.QueueClass.Lookup("get")
	put, _ := pyasyncio.QueueClass.Lookup("put")
	other, _ := pyasyncio.QueueClass.Lookup("qsize")
	cases := []struct {
		name     string
		fn, self py.Object
		get, put bool // whether QueueGetOf, QueuePutOf find the queue
	}{
		{"get of a queue", get, q, true, false},
		{"put of a queue", put, q, false, true},
		{"get of a LifoQueue", get, lq, true, false},
		{"put of a subclass instance", put, sq, false, true},
		{"another method", other, q, false, false},
		{"get on a lock", get, lock, false, false},
		{"get on a plain instance", get, plain, false, false},
		{"get on a non-instance", get, 7, false, false},
		{"no method", nil, q, false, false},
	}
	for _, c := range cases {
		want := func(ok bool) any {
			if !ok {
				return nil
			}
			return c.self.(*py.Instance).Native
		}
		if got := pyasyncio.QueueGetOf(c.fn, c.self); (got == nil) != !c.get || c.get && any(got) != want(true) {
			t.Errorf("%s: QueueGetOf = %v, want %v", c.name, got, want(c.get))
		}
		if got := pyasyncio.QueuePutOf(c.fn, c.self); (got == nil) != !c.put || c.put && any(got) != want(true) {
			t.Errorf("%s: QueuePutOf = %v, want %v", c.name, got, want(c.put))
		}
	}
}
