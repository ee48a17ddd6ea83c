// Command timers is the timers workload in idiomatic Go: N goroutines sleep
// distinct delays spread over [0, SPAN_US] microseconds in shuffled order,
// and note their deadlines as they wake; it prints how many woke and how
// many woke in deadline order (within the Python script's 10 µs slack).
package main

import (
	"fmt"
	"sync"
	"time"

	"github.com/asyncgen/asyncgen/bench/gobench"
)

const slack = 10 * time.Microsecond

func main() {
	args := gobench.Ints(100_000, 50_000)
	n, span := args[0], time.Duration(args[1])*time.Microsecond
	var (
		mu    sync.Mutex
		woken []time.Time
		wg    sync.WaitGroup
	)
	step := span / time.Duration(n)
	for i := range n {
		delay := time.Duration(i*7919%n) * step
		wg.Add(1)
		go func() {
			defer wg.Done()
			deadline := time.Now().Add(delay)
			time.Sleep(delay)
			mu.Lock()
			woken = append(woken, deadline)
			mu.Unlock()
		}()
	}
	wg.Wait()
	inOrder := 1
	for i := 1; i < len(woken); i++ {
		if woken[i].After(woken[i-1].Add(-slack)) {
			inOrder++
		}
	}
	fmt.Println("woke", len(woken), "in_order", inOrder)
}
