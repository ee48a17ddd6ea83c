package futures_test

import (
	"testing"
	"time"

	"github.com/asyncgen/asyncgen/runtime/futures"
	"github.com/asyncgen/asyncgen/runtime/gil"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// TestAtExitFinishesPools: pools never shut down finish their queued work
// and end their workers at AtExit, as CPython's interpreter exit joins
// executor threads (goleak then finds no worker goroutine).
func TestAtExitFinishesPools(t *testing.T) {
	threads := futures.NewThreadPool(2, nil)
	proc := newProcessPool(t, futures.ProcessConfig{Max: 1})
	slow, _ := threads.Submit(func() (py.Object, *py.Exc) {
		gil.Blocking(func() { time.Sleep(50 * time.Millisecond) })
		return "slow", nil
	})
	remote := submit(t, proc, sleepFor, 0.05)
	withGIL(futures.AtExit)
	if v, _ := slow.Outcome(); v != "slow" {
		t.Errorf("thread call: %v", v)
	}
	if _, exc := remote.Outcome(); exc != nil {
		t.Errorf("process call: %v", exc)
	}
	if pids := proc.Pids(); len(pids) != 1 {
		t.Errorf("pids %v", pids)
	}
}
