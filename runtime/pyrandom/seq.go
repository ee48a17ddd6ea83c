package pyrandom

import (
	"math"
	"sort"
)

// Choice returns the index random.choice picks from a sequence of length
// n. It fails with CPython's IndexError when n is 0.
func (r *Random) Choice(n int) (int, error) {
	if n <= 0 {
		return 0, newError(IndexError, "Cannot choose from an empty sequence")
	}
	return int(r.randBelow(uint64(n))), nil
}

// Shuffle shuffles a sequence of length n in place as random.shuffle
// does, calling swap(i, j) for each exchange it makes, in CPython's order
// (i from n-1 down to 1, and j == i included).
func (r *Random) Shuffle(n int, swap func(i, j int)) {
	for i := n - 1; i > 0; i-- {
		swap(i, int(r.randBelow(uint64(i+1))))
	}
}

// ShuffleSlice shuffles s in place as random.shuffle shuffles a list.
func ShuffleSlice[T any](r *Random, s []T) {
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
}

// Sample returns the indices random.sample picks, in selection order, when
// it chooses k unique elements from a population of length n. Like
// CPython, it tracks the unpicked pool when n is small compared with a
// set of k elements and the picked set otherwise, and the two draw
// differently. It fails with CPython's ValueError unless 0 <= k <= n.
func (r *Random) Sample(n, k int) ([]int, error) {
	if k < 0 || k > n {
		return nil, newError(ValueError, "Sample larger than population or is negative")
	}
	result := make([]int, k)
	if n <= sampleSetSize(k) {
		// pool[:n-i] holds the indices not yet selected.
		pool := make([]int, n)
		for i := range pool {
			pool[i] = i
		}
		for i := range k {
			j := int(r.randBelow(uint64(n - i)))
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
		return result, nil
	}
	selected := make(map[int]struct{}, k)
	for i := range k {
		j := int(r.randBelow(uint64(n)))
		for {
			if _, dup := selected[j]; !dup {
				break
			}
			j = int(r.randBelow(uint64(n)))
		}
		selected[j] = struct{}{}
		result[i] = j
	}
	return result, nil
}

// sampleSetSize is random.sample's estimate of the memory of a k-element
// set, in list slots: 21 + 4**ceil(log(3*k, 4)) when k > 5. CPython
// computes the logarithm in floating point; since 3*k is never a power of
// four, the exact integer computation here agrees for every k below about
// 10**14.
func sampleSetSize(k int) int {
	size := 21
	if k > 5 {
		p := 1
		for p < 3*k {
			p *= 4
		}
		size += p
	}
	return size
}

// SampleCounts is random.sample(population, k, counts=counts) for a
// population of length n: it returns population indices, each element i
// standing for counts[i] repeated copies. It fails with CPython's errors
// when len(counts) != n, when n is 0, when the counts total is not
// positive, or unless 0 <= k <= total. A total that overflows an int, which
// CPython would accept, is an OverflowError.
func (r *Random) SampleCounts(n int, counts []int, k int) ([]int, error) {
	cum := make([]int, len(counts))
	total := 0
	for i, c := range counts {
		if (c > 0 && total > math.MaxInt-c) || (c < 0 && total < math.MinInt-c) {
			return nil, newError(OverflowError, "total of counts does not fit in an int")
		}
		total += c
		cum[i] = total
	}
	if len(cum) != n {
		return nil, newError(ValueError, "The number of counts does not match the population")
	}
	if n == 0 {
		return nil, newError(IndexError, "pop from empty list")
	}
	cum = cum[:n-1]
	if total <= 0 {
		return nil, newError(ValueError, "Total of counts must be greater than zero")
	}
	picks, err := r.Sample(total, k)
	if err != nil {
		return nil, err
	}
	for i, s := range picks {
		picks[i] = sort.Search(len(cum), func(j int) bool { return s < cum[j] }) // bisect_right
	}
	return picks, nil
}

// Choices returns the indices random.choices(population, k=k) picks with
// replacement from a population of length n, each floor(random() * n).
// A negative k picks nothing. When n is 0 and k > 0, CPython draws one
// random() and then fails indexing the empty population; Choices does the
// same and returns an IndexError whose message is the one for a list
// ("list index out of range").
func (r *Random) Choices(n, k int) ([]int, error) {
	out := make([]int, max(k, 0))
	fn := float64(n)
	for i := range out {
		j := int(math.Floor(r.Random() * fn))
		if j >= n {
			return nil, newError(IndexError, "list index out of range")
		}
		out[i] = j
	}
	return out, nil
}

// ChoicesWeights is random.choices(population, weights, k=k) for a
// population of length n: the weights are accumulated left to right in
// float64, as Python accumulates float weights, and passed to
// [Random.ChoicesCumWeights].
func (r *Random) ChoicesWeights(n int, weights []float64, k int) ([]int, error) {
	cum := make([]float64, len(weights))
	total := 0.0
	for i, w := range weights {
		if i == 0 {
			total = w
		} else {
			total += w
		}
		cum[i] = total
	}
	return r.ChoicesCumWeights(n, cum, k)
}

// ChoicesCumWeights is random.choices(population, cum_weights=cum, k=k)
// for a population of length n. Each pick is bisect(cum, random() * total,
// 0, n-1) with total the last cumulative weight. It fails with CPython's
// errors when len(cum) != n, when the population is empty ("list index
// out of range"), or when the total is not positive or not finite.
func (r *Random) ChoicesCumWeights(n int, cum []float64, k int) ([]int, error) {
	if len(cum) != n {
		return nil, newError(ValueError, "The number of weights does not match the population")
	}
	if n == 0 {
		return nil, newError(IndexError, "list index out of range")
	}
	total := cum[n-1] + 0.0
	if total <= 0.0 {
		return nil, newError(ValueError, "Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return nil, newError(ValueError, "Total of weights must be finite")
	}
	out := make([]int, max(k, 0))
	for i := range out {
		out[i] = bisectRight(cum, r.Random()*total, 0, n-1)
	}
	return out, nil
}

// bisectRight is Python's bisect.bisect_right(a, x, lo, hi), including
// its behaviour on unsorted input and NaN.
func bisectRight(a []float64, x float64, lo, hi int) int {
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if x < a[mid] {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
