package asyncio

import "github.com/asyncgen/asyncgen/runtime/py"

// makeList builds the Python list that gather's future holds. runtime/py's
// committed contract has no list type yet, so a tuple stands in; this is
// the one place to change when it has.
func makeList(items []py.Object) py.Object { return py.Tuple(items) }
