package asyncio

import "github.com/asyncgen/asyncgen/runtime/py"

// makeList builds the Python list that gather's future holds.
func makeList(items []py.Object) py.Object { return py.NewList(items...) }

// makeSet builds the Python set of futures that wait returns; tasks are in
// it as themselves. Futures hash by identity, so adding cannot fail.
func makeSet(fs []*Future) py.Object {
	items := make([]py.Object, len(fs))
	for i, f := range fs {
		if t := f.task(); t != nil {
			items[i] = t
		} else {
			items[i] = f
		}
	}
	s, _ := py.NewSet(items...)
	return s
}
