package main

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// workload is one benchmark: a script in bench/workloads, its hand-written
// Go twin in bench/gobench, the sizes it is run with and the output every
// contender must print.
type workload struct {
	name string
	// what describes the workload in the report.
	what string
	// sizes returns the command-line arguments for a scale factor (1 is the
	// issue's sizes).
	sizes func(scale float64) []int
	// want returns the line every contender must print for sizes, and a
	// check for lines that may differ (the timers' in-order count): it
	// returns a note for the report, or an error for a wrong output.
	want func(sizes []int) func(out string) (note string, err error)
}

// scaled returns n*scale rounded, at least lo.
func scaled(n int, scale float64, lo int) int {
	return max(lo, int(float64(n)*scale+0.5))
}

// exactly wants one exact line.
func exactly(line string) func(string) (string, error) {
	return func(out string) (string, error) {
		if got := strings.TrimSpace(out); got != line {
			return "", fmt.Errorf("printed %q, want %q", clip(got, 80), line)
		}
		return "", nil
	}
}

// triangle is 0 + 1 + ... + (n-1), exact for any n.
func triangle(n int) string {
	t := big.NewInt(int64(n))
	t.Mul(t, big.NewInt(int64(n)-1))
	return t.Rsh(t, 1).String()
}

// squares is 0² + 1² + ... + (n-1)², exact for any n.
func squares(n int) string {
	s := big.NewInt(int64(n) - 1)
	s.Mul(s, big.NewInt(int64(n)))
	s.Mul(s, big.NewInt(2*int64(n)-1))
	return s.Div(s, big.NewInt(6)).String()
}

// workloads are the six runtime workloads of issue 8, in its order; the
// seventh, compile speed, is measured by compileBench.
var workloads = []workload{
	{
		name: "spawn_gather",
		what: "N tasks, each one sleep(0), gathered and summed",
		sizes: func(s float64) []int {
			return []int{scaled(200_000, s, 1)}
		},
		want: func(z []int) func(string) (string, error) { return exactly("sum " + triangle(z[0])) },
	},
	{
		name: "switch",
		what: "N tasks × M sleep(0) switches",
		sizes: func(s float64) []int {
			return []int{scaled(1000, s, 1), 1000}
		},
		want: func(z []int) func(string) (string, error) {
			return exactly("switches " + strconv.Itoa(z[0]*z[1]))
		},
	},
	{
		name: "pingpong",
		what: "N messages between two tasks through two Queue(maxsize=1)",
		sizes: func(s float64) []int {
			return []int{2 * scaled(250_000, s, 1)}
		},
		want: func(z []int) func(string) (string, error) {
			// The replies are i+1 for i in range(N/2).
			return exactly("sum " + triangle(z[0]/2+1))
		},
	},
	{
		name: "await_chain",
		what: "a DEPTH-deep await chain RUNS times, then N awaits of a ready coroutine",
		sizes: func(s float64) []int {
			return []int{500, scaled(2000, s, 1), scaled(1_000_000, s, 1)}
		},
		want: func(z []int) func(string) (string, error) {
			return exactly(fmt.Sprintf("chain %d ready %s", z[1]*(z[0]+1), triangle(z[2])))
		},
	},
	{
		name: "timers",
		what: "N tasks sleeping distinct delays in [0, SPAN µs]",
		sizes: func(s float64) []int {
			return []int{scaled(100_000, s, 2), 50_000}
		},
		want: func(z []int) func(string) (string, error) { return timersCheck(z[0]) },
	},
	{
		name: "executor",
		what: "N run_in_executor calls of a tiny function, gathered",
		sizes: func(s float64) []int {
			return []int{scaled(10_000, s, 1)}
		},
		want: func(z []int) func(string) (string, error) { return exactly("sum " + squares(z[0])) },
	},
}

// timersCheck wants "woke N in_order K": every sleeper must wake; how many
// woke in deadline order is reported, not required (uvloop rounds
// deadlines to milliseconds, Go's timers wake goroutines in parallel).
func timersCheck(n int) func(string) (string, error) {
	return func(out string) (string, error) {
		var woke, inOrder int
		if _, err := fmt.Sscanf(strings.TrimSpace(out), "woke %d in_order %d", &woke, &inOrder); err != nil {
			return "", fmt.Errorf("printed %q, want \"woke N in_order K\"", clip(out, 80))
		}
		if woke != n || inOrder < 1 || inOrder > n {
			return "", fmt.Errorf("printed %q for %d sleepers", clip(strings.TrimSpace(out), 80), n)
		}
		return fmt.Sprintf("%.2f%% in deadline order", 100*float64(inOrder)/float64(n)), nil
	}
}

// clip shortens s to at most n bytes for messages.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

// argStrings formats sizes as command-line arguments.
func argStrings(sizes []int) []string {
	out := make([]string, len(sizes))
	for i, n := range sizes {
		out[i] = strconv.Itoa(n)
	}
	return out
}
