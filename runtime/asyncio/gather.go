package asyncio

import (
	"cmp"
	"reflect"
	"slices"
	"unsafe"

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
	l, exc := GetRunningLoop()
	if exc != nil {
		return nil, exc
	}
	return l.gather(n, at, returnExceptions)
}

// gathering is the state shared by gather's outer future and its children.
type gathering struct {
	outer            Future
	children         []*Future
	nfuts, nfinished int
	returnExceptions bool
	cb               DoneCallback
}

func (l *EventLoop) gather(n int, at func(i int) py.Awaiter, returnExceptions bool) (*Future, *py.Exc) {
	g := &gathering{returnExceptions: returnExceptions}
	g.outer.loop = l
	if n == 0 {
		g.outer.setResult(makeList(nil))
		return &g.outer, nil
	}
	g.cb = DoneCallback{Fn: g.childDone, Repr: "_done_callback() at " + tasksFile + ":764"}
	g.children = make([]*Future, n)
	var seen map[py.Awaiter]*Future // only when an awaitable repeats
	if !distinct(n, at, g.children) {
		seen = make(map[py.Awaiter]*Future, n)
	}
	for i := 0; i < n; i++ {
		aw := at(i)
		byIdentity := seen != nil && isPointer(aw)
		if f, ok := seen[aw]; ok && byIdentity {
			g.children[i] = f
			continue
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
		g.children[i] = f
	}
	g.outer.more().cancelHook = g.cancel
	return &g.outer, nil
}

// distinct reports whether no awaitable appears twice among at(0..n-1), by
// identity (see isPointer): sorting the addresses takes less time and
// memory than the map that gather otherwise needs to wrap a repeated
// awaitable once. It sorts them in scratch, a slice of n pointers that
// gather fills afterwards (pointers to the awaitables themselves, so the
// garbage collector sees nothing amiss), and leaves scratch cleared.
func distinct(n int, at func(i int) py.Awaiter, scratch []*Future) bool {
	if n < 2 {
		return true
	}
	addrs := unsafe.Slice((*unsafe.Pointer)(unsafe.Pointer(unsafe.SliceData(scratch))), n)[:0]
	for i := 0; i < n; i++ {
		if v := reflect.ValueOf(at(i)); v.Kind() == reflect.Pointer {
			addrs = append(addrs, v.UnsafePointer())
		}
	}
	defer clear(addrs)
	slices.SortFunc(addrs, func(a, b unsafe.Pointer) int { return cmp.Compare(uintptr(a), uintptr(b)) })
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
	for _, c := range g.children {
		if c.Cancel(msg) {
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
	results := make([]py.Object, len(g.children))
	for i, c := range g.children {
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
