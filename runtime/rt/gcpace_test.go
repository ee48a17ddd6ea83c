package rt

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// TestPaceGC checks that pacing raises GOGC's percentage to make the first
// goal the minimum heap, then after a collection to the percentage that
// keeps the goal at (live + min) × 2, and that stopping restores GOGC.
func TestPaceGC(t *testing.T) {
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	const min = 16 << 20
	stop := paceGC(min)
	if got := debug.SetGCPercent(-1); got != 400 {
		t.Errorf("first percentage %d, want 400 (a 16 MB goal)", got)
	}
	debug.SetGCPercent(400)
	deadline := time.Now().Add(5 * time.Second)
	var got int
	for time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(time.Millisecond)
		got = debug.SetGCPercent(-1)
		debug.SetGCPercent(got)
		if got != 400 {
			break
		}
	}
	// The test binary's live heap is well under 16 MB, so the goal
	// (live + 16 MB) × 2 is more than 3 × live.
	if got <= 200 {
		t.Errorf("percentage after a collection %d, want above 200", got)
	}
	stop()
	if got := debug.SetGCPercent(-1); got != 100 {
		t.Errorf("percentage after stop %d, want 100", got)
	}
	debug.SetGCPercent(100)
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	if got := debug.SetGCPercent(-1); got != 100 {
		t.Errorf("percentage after stop and a collection %d, want 100", got)
	}
	debug.SetGCPercent(100)
}

// TestPaceGCOff checks that a zero minimum, or GOGC=off, leaves GOGC alone.
func TestPaceGCOff(t *testing.T) {
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	paceGC(0)()
	if got := debug.SetGCPercent(-1); got != 100 {
		t.Errorf("paceGC(0) left percentage %d, want 100", got)
	}
	// GOGC is off now.
	paceGC(16 << 20)()
	if got := debug.SetGCPercent(100); got != -1 {
		t.Errorf("paceGC with GOGC off left percentage %d, want -1 (off)", got)
	}
}
