// Command spawn_gather is the spawn_gather workload in idiomatic Go: N
// goroutines that each yield once and store an int, joined by a WaitGroup.
package main

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/asyncgen/asyncgen/bench/gobench"
)

func main() {
	n := gobench.Ints(200_000)[0]
	results := make([]int, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			runtime.Gosched()
			results[i] = i
		}()
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println("sum", sum)
}
