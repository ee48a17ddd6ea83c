package asyncio

import "github.com/asyncgen/asyncgen/runtime/py"

// The Python classes of asyncio's objects; their methods are registered by
// runtime/pyasyncio, the Python face of this package.
var (
	// FutureType is asyncio.Future.
	FutureType = py.NewClass("Future", "_asyncio", py.ObjectClass)
	// TaskType is asyncio.Task.
	TaskType = py.NewClass("Task", "_asyncio", FutureType)
)

// Type implements py.Typed.
func (f *Future) Type() *py.Class { return FutureType }

// PyRepr is the future's repr, as CPython prints it.
func (f *Future) PyRepr() string { return f.String() }

// Type implements py.Typed.
func (t *Task) Type() *py.Class { return TaskType }

// PyRepr is the task's repr, as CPython prints it.
func (t *Task) PyRepr() string { return t.String() }

// Object returns the Python object of a future: its Task when the future
// is a task's, else the future itself. Done callbacks receive it.
func (f *Future) Object() py.Object {
	if f.task != nil {
		return f.task
	}
	return f
}
