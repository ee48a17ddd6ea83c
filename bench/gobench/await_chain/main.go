// Command await_chain is the await_chain workload in idiomatic Go, where
// awaiting a coroutine that does not block is a function call: a chain of
// DEPTH calls run RUNS times, then N calls of a function that returns at
// once.
package main

import (
	"fmt"

	"github.com/asyncgen/asyncgen/bench/gobench"
)

//go:noinline
func chain(depth int) int {
	if depth == 0 {
		return 1
	}
	return chain(depth-1) + 1
}

//go:noinline
func ready(i int) int { return i }

func main() {
	args := gobench.Ints(500, 2000, 1_000_000)
	depth, runs, n := args[0], args[1], args[2]
	deep := 0
	for range runs {
		deep += chain(depth)
	}
	flat := 0
	for i := range n {
		flat += ready(i)
	}
	fmt.Println("chain", deep, "ready", flat)
}
