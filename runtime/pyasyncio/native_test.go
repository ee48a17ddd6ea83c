package pyasyncio_test

import (
	"testing"

	"github.com/asyncgen/asyncgen/runtime/py"
	"github.com/asyncgen/asyncgen/runtime/pyasyncio"
)

// TestNativeStateHidden checks that the Go state behind the primitives
// (kept in py.Instance.Native) shows in none of the instance's attributes:
// vars() is empty and repr, which finds the state, works.
func TestNativeStateHidden(t *testing.T) {
	classes := []*py.Class{
		pyasyncio.QueueClass, pyasyncio.LifoQueueClass, pyasyncio.PriorityQueueClass,
		pyasyncio.LockClass, pyasyncio.EventClass, pyasyncio.ConditionClass,
		pyasyncio.SemaphoreClass, pyasyncio.BoundedSemaphoreClass,
	}
	for _, c := range classes {
		t.Run(c.Name, func(t *testing.T) {
			o, exc := py.Call(c, nil, nil)
			if exc != nil {
				t.Fatalf("%s(): %v", c.Name, exc)
			}
			d, exc := py.Call(py.Builtins["vars"], []py.Object{o}, nil)
			if exc != nil {
				t.Fatalf("vars: %v", exc)
			}
			if r := py.Repr(d); r != "{}" {
				t.Errorf("vars() = %s, want {}", r)
			}
			inst := o.(*py.Instance)
			if inst.Native == nil {
				t.Errorf("__init__ left no native state")
			}
			if len(inst.Attrs) != 0 {
				t.Errorf("instance attributes %v, want none", inst.Attrs)
			}
			if _, exc := py.Call(py.Builtins["repr"], []py.Object{o}, nil); exc != nil {
				t.Errorf("repr: %v", exc)
			}
		})
	}
}
