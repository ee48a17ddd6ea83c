// Command executor is the executor workload in idiomatic Go: N calls of a
// tiny blocking function, each on its own goroutine, results gathered
// through a WaitGroup.
package main

import (
	"fmt"
	"sync"

	"github.com/asyncgen/asyncgen/bench/gobench"
)

func square(i int) int { return i * i }

func main() {
	n := gobench.Ints(10_000)[0]
	results := make([]int, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = square(i)
		}()
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println("sum", sum)
}
