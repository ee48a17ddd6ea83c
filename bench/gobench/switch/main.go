// Command switch is the switch workload in idiomatic Go: N goroutines that
// each yield M times with runtime.Gosched.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/asyncgen/asyncgen/bench/gobench"
)

func main() {
	args := gobench.Ints(1000, 1000)
	n, m := args[0], args[1]
	var switches atomic.Int64
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			count := 0
			for range m {
				runtime.Gosched()
				count++
			}
			switches.Add(int64(count))
		}()
	}
	wg.Wait()
	fmt.Println("switches", switches.Load())
}
