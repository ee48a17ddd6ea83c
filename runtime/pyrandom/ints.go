package pyrandom

import (
	"math"
	"math/big"
	"math/bits"
)

// randBelow returns a random int in [0, n) for n > 0, drawing
// n.bit_length() bits and rejecting values >= n, as CPython's
// _randbelow_with_getrandbits does.
func (r *Random) randBelow(n uint64) uint64 {
	k := bits.Len64(n)
	v := r.getRandBits64(k)
	for v >= n {
		v = r.getRandBits64(k)
	}
	return v
}

// randBelowBig is randBelow for an n > 0 of any size.
func (r *Random) randBelowBig(n *big.Int) *big.Int {
	if n.IsUint64() {
		return new(big.Int).SetUint64(r.randBelow(n.Uint64()))
	}
	k := n.BitLen()
	v := new(big.Int).SetBits(r.randWords(k))
	for v.Cmp(n) >= 0 {
		v.SetBits(r.randWords(k))
	}
	return v
}

// RandBelow returns a random int in [0, n), as CPython's _randbelow does;
// n must be positive, and RandBelow panics otherwise.
func (r *Random) RandBelow(n int) int {
	if n <= 0 {
		panic("pyrandom: RandBelow needs a positive bound")
	}
	return int(r.randBelow(uint64(n)))
}

// RandrangeStop returns a random int in range(stop), as random.randrange(stop)
// does. It fails with a ValueError when the range is empty.
func (r *Random) RandrangeStop(stop int) (int, error) {
	if stop > 0 {
		return int(r.randBelow(uint64(stop))), nil
	}
	return 0, newError(ValueError, "empty range for randrange()")
}

// RandrangeStopBig is [Random.RandrangeStop] for ints of any size.
func (r *Random) RandrangeStopBig(stop *big.Int) (*big.Int, error) {
	if stop.Sign() > 0 {
		return r.randBelowBig(stop), nil
	}
	return nil, newError(ValueError, "empty range for randrange()")
}

// Randrange returns a random element of range(start, stop, step), as
// random.randrange(start, stop, step) does, consuming the same random
// bits. It fails with CPython's ValueError when step is zero or the range
// is empty. Ranges wider than an int are handled exactly.
func (r *Random) Randrange(start, stop, step int) (int, error) {
	if step == 1 {
		if stop > start {
			// stop-start fits in a uint64 even when it overflows an int;
			// the sum wraps back into range.
			return start + int(r.randBelow(uint64(stop)-uint64(start))), nil
		}
		return 0, emptyRange(big.NewInt(int64(start)), big.NewInt(int64(stop)))
	}
	const small = math.MaxInt / 4 // below this, width + step cannot overflow
	if -small < start && start < small && -small < stop && stop < small && -small < step && step < small {
		width := stop - start
		var n int
		switch {
		case step > 0:
			n = floorDiv(width+step-1, step)
		case step < 0:
			n = floorDiv(width+step+1, step)
		default:
			return 0, newError(ValueError, "zero step for randrange()")
		}
		if n <= 0 {
			return 0, newError(ValueError, "empty range for randrange()")
		}
		return start + step*int(r.randBelow(uint64(n))), nil
	}
	v, err := r.RandrangeBig(big.NewInt(int64(start)), big.NewInt(int64(stop)), big.NewInt(int64(step)))
	if err != nil {
		return 0, err
	}
	return int(v.Int64()), nil // an element of the range, so it fits
}

// RandrangeBig is [Random.Randrange] for ints of any size.
func (r *Random) RandrangeBig(start, stop, step *big.Int) (*big.Int, error) {
	width := new(big.Int).Sub(stop, start)
	if step.IsInt64() && step.Int64() == 1 {
		if width.Sign() > 0 {
			return width.Add(start, r.randBelowBig(width)), nil
		}
		return nil, emptyRange(start, stop)
	}
	n := new(big.Int)
	switch step.Sign() {
	case 1:
		n.Add(width, step).Sub(n, big.NewInt(1))
	case -1:
		n.Add(width, step).Add(n, big.NewInt(1))
	default:
		return nil, newError(ValueError, "zero step for randrange()")
	}
	n = floorDivBig(n, step)
	if n.Sign() <= 0 {
		return nil, newError(ValueError, "empty range for randrange()")
	}
	v := r.randBelowBig(n)
	return v.Mul(v, step).Add(v, start), nil
}

// Randint returns a random int in [a, b], as random.randint(a, b) does
// (randrange(a, b+1)). It fails with CPython's ValueError when a > b.
func (r *Random) Randint(a, b int) (int, error) {
	if b == math.MaxInt {
		v, err := r.RandintBig(big.NewInt(int64(a)), big.NewInt(int64(b)))
		if err != nil {
			return 0, err
		}
		return int(v.Int64()), nil
	}
	return r.Randrange(a, b+1, 1)
}

// RandintBig is [Random.Randint] for ints of any size.
func (r *Random) RandintBig(a, b *big.Int) (*big.Int, error) {
	return r.RandrangeBig(a, new(big.Int).Add(b, big.NewInt(1)), big.NewInt(1))
}

// emptyRange is randrange's error for an empty unit-step range.
func emptyRange(start, stop *big.Int) *Error {
	width := new(big.Int).Sub(stop, start)
	return newError(ValueError, "empty range for randrange() (%v, %v, %v)", start, stop, width)
}

// floorDiv is Python's a // b for b != 0.
func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// floorDivBig is Python's a // b for b != 0, as a new big.Int.
func floorDivBig(a, b *big.Int) *big.Int {
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && m.Sign() != b.Sign() {
		q.Sub(q, big.NewInt(1))
	}
	return q
}
