package rt

import (
	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// recursionLimit is CPython's default sys.getrecursionlimit().
const recursionLimit = 1000

// EnterCall counts a Python call on the current thread and returns
// RecursionError when the calls in progress reach CPython's limit, so
// that runaway recursion raises an exception the program can catch
// instead of exhausting the Go stack. Every EnterCall that succeeds is
// paired with LeaveCall. The caller holds the interpreter lock, as all
// compiled code does.
func EnterCall() *py.Exc {
	if !gil.EnterCall(recursionLimit) {
		return recursionError()
	}
	return nil
}

// CallBudget is how many nested calls can still start before EnterCall
// raises RecursionError: the depth an int function (which counts its calls
// itself, see codegen) may reach before it must give up and let the
// general code raise.
func CallBudget() int { return gil.CallBudget(recursionLimit) }

// LeaveCall ends a call counted by EnterCall.
func LeaveCall() { gil.LeaveCall() }

func recursionError() *py.Exc {
	return py.Errorf(py.RecursionError, "maximum recursion depth exceeded")
}
