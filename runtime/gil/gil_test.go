package gil_test

import (
	"sync"
	"testing"

	"github.com/asyncgen/asyncgen/runtime/gil"
	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

func TestAcquireMakesStateCurrent(t *testing.T) {
	if gil.Current() != nil {
		t.Fatal("Current() before Acquire: want nil")
	}
	ts := gil.NewThreadState()
	gil.Acquire(ts)
	if got := gil.Current(); got != ts {
		t.Errorf("Current() = %p, want %p", got, ts)
	}
	gil.Release()
	if gil.Current() != nil {
		t.Error("Current() after Release: want nil")
	}
}

func TestTryAcquire(t *testing.T) {
	a, b := gil.NewThreadState(), gil.NewThreadState()
	if !gil.TryAcquire(a) {
		t.Fatal("TryAcquire on a free lock failed")
	}
	if gil.TryAcquire(b) {
		t.Fatal("TryAcquire on a held lock succeeded")
	}
	if gil.Current() != a {
		t.Error("a failed TryAcquire changed the current state")
	}
	gil.Release()
}

func TestMisusePanics(t *testing.T) {
	tests := []struct {
		name string
		f    func()
	}{
		{"release without acquire", gil.Release},
		{"acquire nil", func() { gil.Acquire(nil) }},
		{"try acquire nil", func() { gil.TryAcquire(nil) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Error("no panic")
				}
			}()
			tt.f()
		})
	}
}

// TestMutualExclusion runs plain (non-atomic) read-modify-writes from many
// goroutines under the lock: the total is exact and -race stays quiet.
func TestMutualExclusion(t *testing.T) {
	const workers, rounds = 8, 500
	counter := 0
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ts := gil.NewThreadState()
			for i := 0; i < rounds; i++ {
				gil.Acquire(ts)
				if gil.Current() != ts {
					t.Error("Current() is not the holder's state")
				}
				counter++
				gil.Release()
			}
		}()
	}
	wg.Wait()
	if counter != workers*rounds {
		t.Errorf("counter = %d, want %d", counter, workers*rounds)
	}
}

// TestYieldHandsOver: a holder that never releases except through Yield
// still lets a waiting goroutine in, and gets the lock back with its own
// state.
func TestYieldHandsOver(t *testing.T) {
	holder := gil.NewThreadState()
	gil.Acquire(holder)
	entered := false
	done := make(chan struct{})
	go func() {
		defer close(done)
		gil.Acquire(gil.NewThreadState())
		entered = true
		gil.Release()
	}()
	for !entered {
		gil.Yield()
		if gil.Current() != holder {
			t.Fatal("after Yield the holder's state is not current")
		}
	}
	gil.Release()
	<-done
}

func TestYieldWithoutWaitersKeepsLock(t *testing.T) {
	ts := gil.NewThreadState()
	gil.Acquire(ts)
	gil.Yield()
	if gil.Current() != ts || gil.Contended() {
		t.Error("Yield without waiters changed the lock")
	}
	gil.Release()
}

func BenchmarkYieldUncontended(b *testing.B) {
	gil.Acquire(gil.NewThreadState())
	defer gil.Release()
	for b.Loop() {
		gil.Yield()
	}
}

// TestBlockingLetsOthersRun: while the holder blocks inside Blocking,
// another goroutine takes the lock.
func TestBlockingLetsOthersRun(t *testing.T) {
	holder := gil.NewThreadState()
	gil.Acquire(holder)
	ran := make(chan struct{})
	gil.Blocking(func() {
		go func() {
			gil.Acquire(gil.NewThreadState())
			gil.Release()
			close(ran)
		}()
		<-ran
	})
	if gil.Current() != holder {
		t.Error("Blocking did not restore the holder's state")
	}
	gil.Release()
}

// TestDepthFollowsThreadState checks that the call depth a holder sets
// with SetDepth is saved in its thread state while another one holds the
// lock, and that the main thread starts at its module frame.
func TestDepthFollowsThreadState(t *testing.T) {
	tests := []struct {
		name  string
		ts    *gil.ThreadState
		start int
	}{
		{"main thread", gil.NewMainThreadState(), 1},
		{"other thread", gil.NewThreadState(), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gil.Acquire(tt.ts)
			if d := gil.Depth(); d != tt.start {
				t.Errorf("depth at start %d, want %d", d, tt.start)
			}
			gil.SetDepth(tt.start + 9)
			if !gil.EnterCall(1000) {
				t.Fatal("EnterCall refused a call")
			}
			gil.Release()

			gil.Acquire(gil.NewThreadState())
			if d := gil.Depth(); d != 0 {
				t.Errorf("another thread's depth %d, want 0", d)
			}
			gil.Release()

			gil.Acquire(tt.ts)
			defer gil.Release()
			if d := gil.Depth(); d != tt.start+10 {
				t.Errorf("depth after reacquiring %d, want %d", d, tt.start+10)
			}
			if b := gil.CallBudget(1000); b != 1000-tt.start-10 {
				t.Errorf("CallBudget %d, want %d", b, 1000-tt.start-10)
			}
		})
	}
}
