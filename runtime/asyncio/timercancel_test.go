package asyncio_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/asyncgen/asyncgen/runtime/asyncio"
	"github.com/asyncgen/asyncgen/runtime/py"
)

// TestTimerCancelAccounting cancels timers at each point of their life,
// timer handles and sleep's own timers alike: in the heap, and out of it
// but not yet run (due in the same iteration as the callback that cancels
// them). Each scenario checks what ran and the loop's count of cancelled
// timers in its heap, which must come back to zero.
func TestTimerCancelAccounting(t *testing.T) {
	type counts struct{ timers, cancelled int }
	tests := []struct {
		name string
		// body runs as main's first step, logging with log, and returns
		// what main awaits then; check runs after it.
		body func(l *asyncio.EventLoop, log func(string)) py.Awaiter
		want []string
	}{{
		name: "handle cancelled by a handle due with it",
		body: func(l *asyncio.EventLoop, log func(string)) py.Awaiter {
			var h2 *asyncio.Handle
			l.CallAt(1, func() *py.Exc { log("h1"); h2.Cancel(); return nil })
			h2 = l.CallAt(1, func() *py.Exc { log("h2"); return nil })
			l.CallAt(1.5, func() *py.Exc { log("h3"); return nil })
			return sleep(2)
		},
		want: []string{"h1", "h3"},
	}, {
		name: "sleep cancelled by a handle due with its timer",
		body: func(l *asyncio.EventLoop, log func(string)) py.Awaiter {
			tk := l.CreateTask(sleepLogged("t", 1, log))
			l.CallAt(1, func() *py.Exc { log("cancel"); tk.Cancel(nil); return nil })
			return sleep(2)
		},
		want: []string{"cancel", "t cancelled"},
	}, {
		name: "sleep cancelled in the heap",
		body: func(l *asyncio.EventLoop, log func(string)) py.Awaiter {
			tk := l.CreateTask(sleepLogged("t", 5, log))
			u := l.CreateTask(sleepLogged("u", 3, log))
			l.CallAt(1, func() *py.Exc {
				log("cancel")
				tk.Cancel(nil)
				log(fmt.Sprint(l.TimerCounts()))
				return nil
			})
			l.CallAt(1, func() *py.Exc { log(fmt.Sprint(l.TimerCounts())); return nil })
			l.CallAt(1.5, func() *py.Exc { log(fmt.Sprint(l.TimerCounts())); return nil })
			_ = u
			return sleep(4)
		},
		// At the second handle the task has not run yet: its sleep's timer
		// is still live (the heap holds it, u's, main's and the next handle). Then the
		// task's step cancels it, and it stays in the heap, counted, until
		// it reaches the top.
		want: []string{"cancel", "4 0", "4 0", "t cancelled", "3 1", "u done"},
	}, {
		name: "many sleeps cancelled: the heap is compacted",
		body: func(l *asyncio.EventLoop, log func(string)) py.Awaiter {
			var tasks []*asyncio.Task
			for i := range 300 {
				tasks = append(tasks, l.CreateTask(sleepLogged(fmt.Sprint(i), 10+float64(i%7), func(s string) {
					if i%50 == 0 {
						log(s)
					}
				})))
			}
			l.CallAt(1, func() *py.Exc {
				for i, tk := range tasks {
					if i%3 != 0 {
						tk.Cancel(nil)
					}
				}
				return nil
			})
			l.CallAt(2, func() *py.Exc { log(fmt.Sprint(l.TimerCounts())); return nil })
			return sleep(20)
		},
		// By t=2 the 200 cancelled sleeps left the heap (one timer, the
		// t=2 handle, is out of it and running; main's sleep is in it).
		want: []string{"50 cancelled", "100 cancelled", "200 cancelled", "250 cancelled", "101 0",
			"0 done", "150 done"},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			log := func(s string) { got = append(got, s) }
			var l *asyncio.EventLoop
			main := co("main", func(c *sm, _ py.Object, exc *py.Exc) step {
				if exc != nil {
					return raise(exc)
				}
				if c.pc == 0 {
					l = runningLoop()
					return c.await(1, tc.body(l, log))
				}
				timers, cancelled := l.TimerCounts()
				if timers != 0 || cancelled != 0 {
					return raise(py.Errorf(py.AssertionError, "%d timers, %d cancelled left", timers, cancelled))
				}
				return ret(nil)
			})
			if _, exc, stderr := runMain(t, main, asyncio.WithVirtualClock()); exc != nil || stderr != "" {
				t.Fatal(exc, stderr)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// sleepLogged is a coroutine that sleeps for delay and logs "name done",
// or "name cancelled" if the sleep is cancelled.
func sleepLogged(name string, delay float64, log func(string)) py.Coroutine {
	return co(name, func(c *sm, _ py.Object, exc *py.Exc) step {
		if c.pc == 0 {
			return c.await(1, sleep(delay))
		}
		if exc != nil {
			log(name + " cancelled")
			return raise(exc)
		}
		log(name + " done")
		return ret(nil)
	})
}
