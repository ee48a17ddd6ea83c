package asyncio

import (
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
	l, exc := GetRunningLoop()
	if exc != nil {
		return nil, exc
	}
	return l.gather(aws, returnExceptions)
}

// gathering is the state shared by gather's outer future and its children.
type gathering struct {
	outer            Future
	children         []*Future
	nfuts, nfinished int
	returnExceptions bool
	cb               DoneCallback
}

func (l *EventLoop) gather(aws []py.Awaiter, returnExceptions bool) (*Future, *py.Exc) {
	g := &gathering{returnExceptions: returnExceptions}
	g.outer.loop = l
	if len(aws) == 0 {
		g.outer.setResult(makeList(nil))
		return &g.outer, nil
	}
	g.cb = DoneCallback{Fn: g.childDone, Repr: "_done_callback() at " + tasksFile + ":764"}
	g.children = make([]*Future, 0, len(aws))
	var seen map[py.Awaiter]*Future // only when an awaitable repeats
	if !distinct(aws) {
		seen = make(map[py.Awaiter]*Future, len(aws))
	}
	for _, aw := range aws {
		byIdentity := seen != nil && isPointer(aw)
		if f, ok := seen[aw]; ok && byIdentity {
			g.children = append(g.children, f)
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
		g.children = append(g.children, f)
	}
	g.outer.more().cancelHook = g.cancel
	return &g.outer, nil
}

// distinct reports whether no awaitable appears twice in aws, by
// identity (see isPointer): sorting the addresses takes less time and
// memory than the map that gather otherwise needs to wrap a repeated
// awaitable once.
func distinct(aws []py.Awaiter) bool {
	if len(aws) < 2 {
		return true
	}
	addrs := make([]uintptr, 0, len(aws))
	for _, aw := range aws {
		if v := reflect.ValueOf(aw); v.Kind() == reflect.Pointer {
			addrs = append(addrs, v.Pointer())
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
