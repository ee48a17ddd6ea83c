package asyncio

import "github.com/asyncgen/asyncgen/runtime/py"

// PyObject returns the Python object of a future: its Task when the future
// belongs to a task (Task embeds Future), else the future itself. Python
// code must always see the Task, never its embedded Future.
func (f *Future) PyObject() py.Object {
	if t := f.task(); t != nil {
		return t
	}
	return f
}
