package asyncio_test

import (
	"testing"

	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// TestQueueOpsAreSingleUse checks that get and put coroutines made by
// NewGet and NewPut (Python's q.get() and q.put()) are distinct objects, each usable once: awaiting a finished one
// again raises CPython's RuntimeError, even after the queue has handed out
// more coroutines than one slab holds.
func TestQueueOpsAreSingleUse(t *testing.T) {
	const n = 100
	q := asyncio.NewQueue(0)
	seen := map[py.Coroutine]bool{}
	var puts, gets []py.Coroutine
	for i := 0; i < n; i++ {
		p, g := py.Coroutine(q.NewPut(i)), py.Coroutine(q.NewGet())
		if seen[p] || seen[g] {
			t.Fatalf("op %d: a coroutine was handed out twice", i)
		}
		seen[p], seen[g] = true, true
		puts, gets = append(puts, p), append(gets, g)
	}
	for i, p := range puts {
		if v, st, exc := p.Resume(nil, nil); st != py.Returned || exc != nil || v != py.None {
			t.Fatalf("put %d: got (%v, %v, %v), want (None, Returned, nil)", i, v, st, exc)
		}
	}
	for i, g := range gets {
		if v, st, exc := g.Resume(nil, nil); st != py.Returned || exc != nil || v != i {
			t.Fatalf("get %d: got (%v, %v, %v), want (%d, Returned, nil)", i, v, st, exc, i)
		}
	}
	for name, c := range map[string]py.Coroutine{"put": puts[n-1], "get": gets[0]} {
		_, st, exc := c.Resume(nil, nil)
		if st != py.Raised || exc == nil || !exc.Matches(py.RuntimeError) || exc.Message() != "cannot reuse already awaited coroutine" {
			t.Errorf("%s resumed again: got (%v, %v), want RuntimeError", name, st, exc)
		}
	}
	if q.Qsize() != 0 {
		t.Errorf("qsize = %d after %d puts and gets, want 0", q.Qsize(), n)
	}
}

// TestQueueOpsExclusiveReuse checks that a get or put marked exclusive is
// handed out again, fresh, once it has finished, and that one not marked
// never is.
func TestQueueOpsExclusiveReuse(t *testing.T) {
	tests := []struct {
		name      string
		exclusive bool
	}{
		{"exclusive", true},
		{"shared", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := asyncio.NewQueue(0)
			p := q.NewPut("a")
			g := q.NewGet()
			if tt.exclusive {
				p.Exclusive()
				g.Exclusive()
			}
			if _, st, exc := p.Resume(nil, nil); st != py.Returned || exc != nil {
				t.Fatalf("put: got (%v, %v)", st, exc)
			}
			if v, st, exc := g.Resume(nil, nil); st != py.Returned || exc != nil || v != "a" {
				t.Fatalf("get: got (%v, %v, %v)", v, st, exc)
			}
			p2, g2 := q.NewPut("b"), q.NewGet()
			if reused := p2 == p && g2 == g; reused != tt.exclusive {
				t.Fatalf("put and get handed out again: %v, want %v", reused, tt.exclusive)
			}
			if _, st, exc := p2.Resume(nil, nil); st != py.Returned || exc != nil {
				t.Fatalf("second put: got (%v, %v)", st, exc)
			}
			if v, st, exc := g2.Resume(nil, nil); st != py.Returned || exc != nil || v != "b" {
				t.Fatalf("second get: got (%v, %v, %v)", v, st, exc)
			}
			if !tt.exclusive {
				if _, st, _ := g.Resume(nil, nil); st != py.Raised {
					t.Errorf("finished get resumed again: status %v, want Raised", st)
				}
			}
		})
	}
}

// TestQueueGetPutReuse checks that the coroutines of Get and Put, meant
// for one await each, are handed out again once finished (a blocked one
// only after it has finished) and still behave as fresh ones.
func TestQueueGetPutReuse(t *testing.T) {
	q := asyncio.NewQueue(1)
	p := q.Put("a")
	if _, st, exc := p.Resume(nil, nil); st != py.Returned || exc != nil {
		t.Fatalf("put: got (%v, %v)", st, exc)
	}
	g := q.Get()
	if v, st, exc := g.Resume(nil, nil); st != py.Returned || exc != nil || v != "a" {
		t.Fatalf("get: got (%v, %v, %v)", v, st, exc)
	}
	p2, g2 := q.Put("b"), q.Get()
	if p2 != p || g2 != g {
		t.Fatalf("finished put and get not handed out again")
	}
	if _, st, exc := p2.Resume(nil, nil); st != py.Returned || exc != nil {
		t.Fatalf("second put: got (%v, %v)", st, exc)
	}
	// Two gets handed out before either finished are distinct.
	g3, g4 := q.Get(), q.Get()
	if g3 == g4 {
		t.Fatalf("two unfinished gets share one coroutine")
	}
	if v, st, exc := g3.Resume(nil, nil); st != py.Returned || exc != nil || v != "b" {
		t.Fatalf("third get: got (%v, %v, %v)", v, st, exc)
	}
	if q.Qsize() != 0 {
		t.Errorf("qsize = %d, want 0", q.Qsize())
	}
}
