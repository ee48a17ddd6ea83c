// Package gobench holds what the hand-written Go contenders of the
// benchmarks share: reading their sizes from the command line, as the
// Python workloads do from sys.argv.
package gobench

import (
	"fmt"
	"os"
	"strconv"
)

// Ints returns the command-line arguments as ints, or defaults when there
// are none. It exits with status 2 on an argument that is not an int.
func Ints(defaults ...int) []int {
	if len(os.Args) < 2 {
		return defaults
	}
	out := make([]int, len(os.Args)-1)
	for i, a := range os.Args[1:] {
		n, err := strconv.Atoi(a)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: argument %d: %v\n", os.Args[0], i+1, err)
			os.Exit(2)
		}
		out[i] = n
	}
	return out
}
