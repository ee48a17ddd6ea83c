package asyncio

import (
	"math/rand/v2"
	"testing"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// TestDistinct checks gather's duplicate test against a brute-force one
// on arguments laid out as a comprehension's coroutines usually are (runs
// of rising addresses) and as they are not (falling, shuffled,
// overlapping runs), with and without a repeat, and with value-typed
// awaitables (sleep(0)), which never count as repeats.
func TestDistinct(t *testing.T) {
	pool := make([]Future, 4000) // 192 KB: runs farther apart than runGap too
	ptr := func(k int) py.Awaiter { return &pool[k] }
	seq := func(from, to, step int) []py.Awaiter {
		var out []py.Awaiter
		for k := from; step > 0 && k < to || step < 0 && k > to; k += step {
			out = append(out, ptr(k))
		}
		return out
	}
	cat := func(parts ...[]py.Awaiter) []py.Awaiter {
		var out []py.Awaiter
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	r := rand.New(rand.NewPCG(5, 6))
	shuffled := seq(0, 3000, 1)
	r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	cases := map[string][]py.Awaiter{
		"empty":                  nil,
		"one":                    {ptr(3)},
		"rising":                 seq(0, 1000, 1),
		"rising twice":           cat(seq(0, 1000, 1), seq(0, 1000, 1)),
		"rising, last repeated":  cat(seq(0, 1000, 1), []py.Awaiter{ptr(999)}),
		"rising, first repeated": cat(seq(0, 1000, 1), []py.Awaiter{ptr(0)}),
		"falling":                seq(999, -1, -1),
		"falling, one repeated":  cat(seq(999, -1, -1), []py.Awaiter{ptr(500)}),
		"spans out of order":     cat(seq(2000, 2170, 1), seq(0, 170, 1), seq(3000, 3170, 1), seq(1000, 1170, 1)),
		"spans interleaved":      cat(seq(0, 1000, 2), seq(1, 1000, 2)),
		"spans overlap, repeat":  cat(seq(0, 1000, 2), seq(1, 1000, 2), []py.Awaiter{ptr(998)}),
		"far apart":              cat(seq(0, 4000, 1999), seq(1, 4000, 1999)),
		"shuffled":               shuffled,
		"shuffled, repeat":       cat(shuffled, []py.Awaiter{shuffled[1234]}),
		"values":                 {sleep0{}, sleep0{}, ptr(1), sleep0{}},
		"values and a repeat":    {sleep0{}, ptr(1), sleep0{}, ptr(1)},
	}
	for name, aws := range cases {
		want := true
		seen := map[py.Awaiter]bool{}
		for _, aw := range aws {
			if isPointer(aw) {
				if seen[aw] {
					want = false
				}
				seen[aw] = true
			}
		}
		if got := distinct(aws); got != want {
			t.Errorf("%s: distinct = %v, want %v", name, got, want)
		}
	}
}
