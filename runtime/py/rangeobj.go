package py

import (
	"math"
	"math/big"
)

// Range is Python's range object (64-bit bounds).
type Range struct {
	Start, Stop, Step int
}

// NewRange is range(start, stop, step).
func NewRange(start, stop, step int) (*Range, *Exc) {
	if step == 0 {
		return nil, Errorf(ValueError, "range() arg 3 must not be zero")
	}
	return &Range{start, stop, step}, nil
}

// Len is len(r). The distance between the ends is computed in unsigned
// arithmetic, so ranges reaching the ends of int do not overflow; a length
// beyond the largest int is reported as that.
func (r *Range) Len() int {
	var n uint
	switch {
	case r.Step > 0 && r.Start < r.Stop:
		n = (uint(r.Stop)-uint(r.Start)-1)/uint(r.Step) + 1
	case r.Step < 0 && r.Start > r.Stop:
		n = (uint(r.Start)-uint(r.Stop)-1)/(-uint(r.Step)) + 1
	}
	return int(min(n, uint(math.MaxInt)))
}

// At returns r[i] for 0 <= i < len(r).
func (r *Range) At(i int) int { return r.Start + i*r.Step }

// Contains reports whether the int n is in r.
func (r *Range) Contains(n int) bool {
	if r.Step > 0 {
		if n < r.Start || n >= r.Stop {
			return false
		}
	} else if n > r.Start || n <= r.Stop {
		return false
	}
	return (n-r.Start)%r.Step == 0
}

func rangeEqual(a, b *Range) bool {
	la, lb := a.Len(), b.Len()
	if la != lb {
		return false
	}
	if la == 0 {
		return true
	}
	if a.Start != b.Start {
		return false
	}
	return la == 1 || a.Step == b.Step
}

// GetItem is r[key] for an int or a slice.
func (r *Range) GetItem(key Object) (Object, *Exc) {
	if s, ok := key.(*Slice); ok {
		start, _, step, count, e := s.Indices(r.Len())
		if e != nil {
			return nil, e
		}
		ns := r.Start + start*r.Step
		nstep := r.Step * step
		return &Range{ns, ns + count*nstep, nstep}, nil
	}
	if _, big := key.(*big.Int); big {
		// Out of range however long the range (its bounds are Go ints).
		return nil, Errorf(IndexError, "range object index out of range")
	}
	i, e := seqIndex(key, "range indices must be integers or slices, not %s")
	if e != nil {
		return nil, e
	}
	j, ok := normIndex(i, r.Len())
	if !ok {
		return nil, Errorf(IndexError, "range object index out of range")
	}
	return r.At(j), nil
}

func reprRange(r *Range) string {
	if r.Step == 1 {
		return sprintf("range(%d, %d)", r.Start, r.Stop)
	}
	return sprintf("range(%d, %d, %d)", r.Start, r.Stop, r.Step)
}
