package asyncio

import (
	"math/rand/v2"
	"testing"
)

// testTimer is a timer handle due at when, with sequence number seq, in
// a heap (inHeap set) as e.
type testTimer struct {
	*Handle
	e timerEntry
}

func newTestTimer(when float64, seq int) testTimer {
	h := &Handle{timer: true, when: when}
	h.inHeap, h.seq = true, uint64(seq)
	return testTimer{h, handleTimer(h)}
}

// TestTimerHeapOrder pushes timers with colliding deadlines, cancels and
// compacts some, and checks that the rest pop in (deadline, sequence)
// order with their in-heap marks kept.
func TestTimerHeapOrder(t *testing.T) {
	for _, n := range []int{0, 1, 2, 5, 17, 1000} {
		r := rand.New(rand.NewPCG(uint64(n), 7))
		var h timerHeap
		l := NewEventLoop()
		var all []testTimer
		for i := range n {
			th := newTestTimer(float64(r.IntN(n/3+1)), i)
			th.loop = l
			all = append(all, th)
			h.push(th.e)
		}
		kept := 0
		for i, th := range all {
			if i%3 == 1 {
				th.Cancel()
			} else {
				kept++
			}
		}
		if l.cancelledTimers != n-kept {
			t.Fatalf("n=%d: %d cancelled timers counted, want %d", n, l.cancelledTimers, n-kept)
		}
		h.compact(l)
		if len(h) != kept || l.cancelledTimers != 0 {
			t.Fatalf("n=%d: %d timers, %d cancelled after compact, want %d, 0", n, len(h), l.cancelledTimers, kept)
		}
		for i, th := range all {
			if th.inHeap == th.cancelled {
				t.Fatalf("n=%d: timer %d in heap = %v, cancelled = %v", n, i, th.inHeap, th.cancelled)
			}
		}
		var prev timerEntry
		for i := 0; len(h) > 0; i++ {
			e := h.pop()
			if st := e.state(); st.cancelled || st.leave(l) || st.inHeap {
				t.Fatalf("n=%d: popped cancelled=%v inHeap=%v", n, st.cancelled, st.inHeap)
			}
			if i > 0 && !prev.less(&e) {
				t.Fatalf("n=%d: (%v, %d) popped after (%v, %d)", n, e.when, e.state().seq, prev.when, prev.state().seq)
			}
			prev = e
		}
	}
}

// TestTimerHeapInterleaved pops timers while others are still being
// pushed: every pop is the least (deadline, sequence) then in the heap.
func TestTimerHeapInterleaved(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var h timerHeap
	var live []timerEntry
	for i := range 5000 {
		th := newTestTimer(float64(r.IntN(300)), i)
		h.push(th.e)
		live = append(live, th.e)
		if r.IntN(3) == 0 {
			got := h.pop()
			least := 0
			for j, c := range live {
				if c.less(&live[least]) {
					least = j
				}
			}
			if got != live[least] {
				t.Fatalf("step %d: popped (%v, %d), least is (%v, %d)", i, got.when, got.state().seq, live[least].when, live[least].state().seq)
			}
			live = append(live[:least], live[least+1:]...)
		}
	}
}

// BenchmarkTimerHeap is one push and one pop in a heap of 100,000 timers
// with shuffled deadlines, the timers workload's pattern.
func BenchmarkTimerHeap(b *testing.B) {
	const n = 100_000
	hs := make([]timerEntry, n)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range hs {
		hs[i] = newTestTimer(r.Float64(), i).e
	}
	b.ResetTimer()
	for done := 0; done < b.N; done += n {
		var h timerHeap
		for _, t := range hs {
			h.push(t)
		}
		for len(h) > 0 {
			h.pop()
		}
	}
}

// TestTimerHeapGrowsByDoubling pushes timers across several growths and
// checks that the capacity doubles from timerHeapMin (never growing by
// append's quarters) and that the heap still pops in order.
func TestTimerHeapGrowsByDoubling(t *testing.T) {
	for _, n := range []int{1, timerHeapMin, timerHeapMin + 1, 3000} {
		r := rand.New(rand.NewPCG(uint64(n), 11))
		var h timerHeap
		for i := range n {
			h.push(newTestTimer(r.Float64(), i).e)
			if c := cap(h); c < timerHeapMin || c&(c-1) != 0 || c >= 2*max(len(h), timerHeapMin) {
				t.Fatalf("n=%d: capacity %d with %d timers, want a power of two from %d, less than twice the length", n, c, len(h), timerHeapMin)
			}
		}
		prev := -1.0
		for len(h) > 0 {
			e := h.pop()
			if e.when < prev {
				t.Fatalf("n=%d: %v popped after %v", n, e.when, prev)
			}
			prev = e.when
		}
	}
}
