// Command pingpong is the pingpong workload in idiomatic Go: two goroutines
// exchange N messages through two channels of capacity 1.
package main

import (
	"fmt"

	"github.com/asyncgen/asyncgen/bench/gobench"
)

func main() {
	rounds := gobench.Ints(500_000)[0] / 2
	there, back := make(chan int, 1), make(chan int, 1)
	go func() {
		for range rounds {
			back <- <-there + 1
		}
	}()
	total := 0
	for i := range rounds {
		there <- i
		total += <-back
	}
	fmt.Println("sum", total)
}
