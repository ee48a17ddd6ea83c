package asyncio

import (
	"math/rand/v2"
	"testing"
)

// TestTimerHeapOrder pushes timers with colliding deadlines, cancels and
// compacts some, and checks that the rest pop in (deadline, sequence)
// order with their in-heap marks kept.
func TestTimerHeapOrder(t *testing.T) {
	for _, n := range []int{0, 1, 2, 5, 17, 1000} {
		r := rand.New(rand.NewPCG(uint64(n), 7))
		var h timerHeap
		var all []*Handle
		for i := range n {
			th := &Handle{timer: true, when: float64(r.IntN(n/3 + 1)), seq: uint64(i)}
			all = append(all, th)
			h.push(th)
		}
		kept := 0
		for i, th := range all {
			if i%3 == 1 {
				th.cancelled = true
			} else {
				kept++
			}
		}
		h.compact()
		if len(h) != kept {
			t.Fatalf("n=%d: %d timers after compact, want %d", n, len(h), kept)
		}
		for i, th := range all {
			if in := th.index == 0; in == th.cancelled {
				t.Fatalf("n=%d: timer %d in heap = %v, cancelled = %v", n, i, in, th.cancelled)
			}
		}
		var prev *Handle
		for len(h) > 0 {
			th := h.pop()
			if th.cancelled || th.index != -1 {
				t.Fatalf("n=%d: popped cancelled=%v index=%d", n, th.cancelled, th.index)
			}
			if prev != nil && (th.when < prev.when || th.when == prev.when && th.seq < prev.seq) {
				t.Fatalf("n=%d: (%v, %d) popped after (%v, %d)", n, th.when, th.seq, prev.when, prev.seq)
			}
			prev = th
		}
	}
}

// TestTimerHeapInterleaved pops timers while others are still being
// pushed: every pop is the least (deadline, sequence) then in the heap.
func TestTimerHeapInterleaved(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var h timerHeap
	var live []*Handle
	for i := range 5000 {
		th := &Handle{timer: true, when: float64(r.IntN(300)), seq: uint64(i)}
		h.push(th)
		live = append(live, th)
		if r.IntN(3) == 0 {
			got := h.pop()
			least := 0
			for j, c := range live {
				if c.when < live[least].when || c.when == live[least].when && c.seq < live[least].seq {
					least = j
				}
			}
			if got != live[least] {
				t.Fatalf("step %d: popped (%v, %d), least is (%v, %d)", i, got.when, got.seq, live[least].when, live[least].seq)
			}
			live = append(live[:least], live[least+1:]...)
		}
	}
}

// BenchmarkTimerHeap is one push and one pop in a heap of 100,000 timers
// with shuffled deadlines, the timers workload's pattern.
func BenchmarkTimerHeap(b *testing.B) {
	const n = 100_000
	hs := make([]*Handle, n)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range hs {
		hs[i] = &Handle{timer: true, when: r.Float64(), seq: uint64(i)}
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
