package asyncio

import "github.com/asyncgen/asyncgen/runtime/py"

// makeList builds the Python list that gather's future holds. runtime/py's
// committed contract has no list type yet, so a tuple stands in; this is
// the one place to change when it has.
func makeList(items []py.Object) py.Object { return py.Tuple(items) }

// makeSet builds the Python set of futures that wait returns, in argument
// order (CPython's set order is unspecified); a tuple stands in until
// runtime/py has a set type.
func makeSet(fs []*Future) py.Object {
	items := make(py.Tuple, len(fs))
	for i, f := range fs {
		if f.task != nil {
			items[i] = f.task
		} else {
			items[i] = f
		}
	}
	return items
}
