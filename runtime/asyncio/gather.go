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
	return GatherOf(aws, func(aw py.Awaiter) (py.Awaiter, *py.Exc) { return aw, nil }, returnExceptions)
}

// GatherOf is Gather over arguments that conv turns into awaitables, one
// after another as each is wrapped, as CPython's gather does: when conv
// fails, GatherOf returns its exception and the tasks made for the
// arguments before it run on. Callers need not build a []py.Awaiter. It
// does not keep args.
func GatherOf[T any](args []T, conv func(T) (py.Awaiter, *py.Exc), returnExceptions bool) (*Future, *py.Exc) {
	return gatherOnLoop(args, conv, returnExceptions, nil)
}

// GatherInto is GatherOf over arguments in a slice nobody else holds (a
// list built for the call): gather keeps it, for the children's futures
// and then their results, the result list's items.
func GatherInto(args []py.Object, conv func(py.Object) (py.Awaiter, *py.Exc), returnExceptions bool) (*Future, *py.Exc) {
	return gatherOnLoop(args, conv, returnExceptions, args)
}

// gatherOnLoop is gather on the current event loop.
func gatherOnLoop[T any](args []T, conv func(T) (py.Awaiter, *py.Exc), returnExceptions bool, items []py.Object) (*Future, *py.Exc) {
	l, exc := eventLoop()
	if exc != nil {
		return nil, exc
	}
	return gather(l, args, conv, returnExceptions, items)
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

// gather is Gather over args, which conv converts one by one. items, when
// not nil, is args itself, which gather may keep and overwrite: argument i
// is read before item i is written.
func gather[T any](l *EventLoop, args []T, conv func(T) (py.Awaiter, *py.Exc), returnExceptions bool, items []py.Object) (*Future, *py.Exc) {
	g := &gathering{returnExceptions: returnExceptions}
	g.outer.loop = l
	n := len(args)
	if n == 0 {
		g.outer.setResult(makeList(nil))
		return &g.outer, nil
	}
	g.cb = DoneCallback{Fn: g.childDone, Repr: "_done_callback() at " + tasksFile + ":764"}
	g.items = items
	if g.items == nil {
		g.items = make([]py.Object, n)
	}
	var seen map[py.Awaiter]*Future // only when an argument repeats
	if !distinct(args) {
		seen = make(map[py.Awaiter]*Future, n)
	}
	for i, arg := range args {
		aw, exc := conv(arg)
		if exc != nil {
			g.abandon()
			return nil, exc
		}
		byIdentity := seen != nil && isPointer(aw)
		if byIdentity {
			if f, ok := seen[aw]; ok {
				g.items[i] = f
				continue
			}
		}
		f, exc := l.ensureFuture(aw)
		if exc != nil {
			g.abandon()
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

// distinct reports whether no argument appears twice among args, by
// identity (see isPointer), without the map that gather otherwise needs to
// wrap a repeated awaitable once. Arguments made one after another (the
// coroutines of a list comprehension) mostly lie at rising addresses,
// those of a run of neighbours in one span of the allocator: when the
// runs' address ranges do not overlap, the arguments are distinct, found
// in one pass and a sort of the few runs. Otherwise all the addresses are
// sorted.
func distinct[T any](args []T) bool {
	n := len(args)
	if n < 2 {
		return true
	}
	// runGap is the farthest apart two neighbours of one run may lie.
	const runGap = 1 << 16
	type addrRange struct{ lo, hi uintptr }
	var runs []addrRange
	cur, have := addrRange{}, false
	for i := 0; i < n; i++ {
		v := reflect.ValueOf(args[i])
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
			return distinctSorted(args)
		}
	}
	return true
}

// distinctSorted is distinct by sorting every address.
func distinctSorted[T any](args []T) bool {
	addrs := make([]uintptr, 0, len(args))
	for _, a := range args {
		if v := reflect.ValueOf(a); v.Kind() == reflect.Pointer {
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

// abandon leaves the children made so far to run on without an outer
// future, as CPython's gather does when an argument turns out not to be
// awaitable: their done callbacks find the outer future done (it is never
// handed out) and only mark their exceptions retrieved.
func (g *gathering) abandon() { g.outer.state = stateCancelled }

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
