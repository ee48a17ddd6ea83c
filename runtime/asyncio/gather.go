package asyncio

import (
	"cmp"
	"reflect"
	"slices"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// Gather is asyncio.gather(*aws, return_exceptions=...): a future whose
// result is the list of the awaitables' results in argument order.
// Coroutines become tasks, in argument order; an awaitable given twice is
// wrapped once. Without returnExceptions the first failure (or a child's
// cancellation) is set on the outer future at once, and the other children
// run on. Cancelling the outer future cancels the unfinished children.
func Gather(aws []py.Awaiter, returnExceptions bool) (*Future, *py.Exc) {
	return GatherFunc(len(aws), func(i int) py.Awaiter { return aws[i] }, returnExceptions)
}

// GatherFunc is Gather over n awaitables, the i-th being at(i): callers
// whose arguments are not a []py.Awaiter need not build one. It does not
// keep at.
func GatherFunc(n int, at func(i int) py.Awaiter, returnExceptions bool) (*Future, *py.Exc) {
	l, exc := eventLoop()
	if exc != nil {
		return nil, exc
	}
	return l.gather(n, at, returnExceptions)
}

// gathering is the state shared by gather's outer future and its children.
type gathering struct {
	outer Future
	// items holds each argument's future (a *Future, a Task's too) while
	// they run, and their results in their place once all are done: the
	// result list's items, without a second slice.
	items            []py.Object
	nfuts, nfinished int
	returnExceptions bool
	cb               DoneCallback
}

// child returns the future of the i-th argument.
func (g *gathering) child(i int) *Future { return g.items[i].(*Future) }

func (l *EventLoop) gather(n int, at func(i int) py.Awaiter, returnExceptions bool) (*Future, *py.Exc) {
	g := &gathering{returnExceptions: returnExceptions}
	g.outer.loop = l
	if n == 0 {
		g.outer.setResult(makeList(nil))
		return &g.outer, nil
	}
	g.cb = DoneCallback{Fn: g.childDone, Repr: "_done_callback() at " + tasksFile + ":764"}
	g.items = make([]py.Object, n)
	var seen map[py.Awaiter]*Future // only when an awaitable repeats
	if !distinct(n, at) {
		seen = make(map[py.Awaiter]*Future, n)
	}
	for i := 0; i < n; i++ {
		aw := at(i)
		byIdentity := seen != nil && isPointer(aw)
		if byIdentity {
			if f, ok := seen[aw]; ok {
				g.items[i] = f
				continue
			}
		}
		f, exc := l.ensureFuture(aw)
		if exc != nil {
			return nil, exc
		}
		if byIdentity {
			seen[aw] = f
		}
		g.nfuts++
		f.AddDoneCallback(&g.cb)
		g.items[i] = f
	}
	g.outer.more().cancelHook = g.cancel
	return &g.outer, nil
}

// distinct reports whether no awaitable appears twice among at(0..n-1), by
// identity (see isPointer), without the map that gather otherwise needs to
// wrap a repeated awaitable once. Arguments made one after another (the
// coroutines of a list comprehension) mostly lie at rising addresses,
// those of a run of neighbours in one span of the allocator: when the
// runs' address ranges do not overlap, the arguments are distinct, found
// in one pass and a sort of the few runs. Otherwise all the addresses are
// sorted.
func distinct(n int, at func(i int) py.Awaiter) bool {
	if n < 2 {
		return true
	}
	// runGap is the farthest apart two neighbours of one run may lie.
	const runGap = 1 << 16
	type addrRange struct{ lo, hi uintptr }
	var runs []addrRange
	cur, have := addrRange{}, false
	for i := 0; i < n; i++ {
		v := reflect.ValueOf(at(i))
		if v.Kind() != reflect.Pointer {
			continue
		}
		p := uintptr(v.UnsafePointer())
		if have && p > cur.hi && p-cur.hi <= runGap {
			cur.hi = p
			continue
		}
		if have {
			runs = append(runs, cur)
		}
		cur, have = addrRange{p, p}, true
	}
	if !have {
		return true
	}
	runs = append(runs, cur)
	slices.SortFunc(runs, func(a, b addrRange) int { return cmp.Compare(a.lo, b.lo) })
	for i := 1; i < len(runs); i++ {
		if runs[i].lo <= runs[i-1].hi {
			return distinctSorted(n, at)
		}
	}
	return true
}

// distinctSorted is distinct by sorting every address.
func distinctSorted(n int, at func(i int) py.Awaiter) bool {
	addrs := make([]uintptr, 0, n)
	for i := 0; i < n; i++ {
		if v := reflect.ValueOf(at(i)); v.Kind() == reflect.Pointer {
			addrs = append(addrs, uintptr(v.UnsafePointer()))
		}
	}
	slices.Sort(addrs)
	for i := 1; i < len(addrs); i++ {
		if addrs[i] == addrs[i-1] {
			return false
		}
	}
	return true
}

// isPointer reports whether aw is a pointer, so that equal values are the
// same Python object: gather dedupes its arguments by identity, and a value
// type (a stateless sleep(0)) stands for a new coroutine at each call.
func isPointer(aw py.Awaiter) bool {
	return reflect.TypeOf(aw).Kind() == reflect.Pointer
}

// cancel is _GatheringFuture.cancel.
func (g *gathering) cancel(msg py.Object) bool {
	if g.outer.Done() {
		return false
	}
	ret := false
	for i := range g.items {
		if g.child(i).Cancel(msg) {
			ret = true
		}
	}
	if ret {
		g.outer.cancelRequest = true
	}
	return ret
}

// childDone is gather's _done_callback.
func (g *gathering) childDone(f *Future) *py.Exc {
	g.nfinished++
	if g.outer.Done() {
		if !f.Cancelled() {
			f.logTraceback = false
		}
		return nil
	}
	if !g.returnExceptions {
		if f.Cancelled() {
			g.outer.setException(f.makeCancelledError())
			return nil
		}
		if f.failed {
			f.logTraceback = false
			g.outer.setException(f.exc())
			return nil
		}
	}
	if g.nfinished < g.nfuts {
		return nil
	}
	// The results replace the children in items: nothing reads the
	// children once the outer future is done, as it is below either way.
	results := g.items
	for i := range results {
		c := g.child(i)
		switch {
		case c.Cancelled():
			msg := c.cancelMessage()
			if msg == nil {
				msg = ""
			}
			results[i] = py.NewExc(py.CancelledError, msg)
		case c.failed:
			c.logTraceback = false
			results[i] = c.exc()
		default:
			results[i] = c.result
		}
	}
	if g.outer.cancelRequest {
		g.outer.setException(f.makeCancelledError())
		return nil
	}
	g.outer.setResult(makeList(results))
	return nil
}
