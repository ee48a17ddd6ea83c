package pyrandom

import (
	"math"
	"math/big"
)

// dd is a double-double number hi + lo with |lo| <= ulp(hi)/2, carrying
// about 106 bits. The real-valued distributions compute log, exp, sin, cos,
// acos and pow in it so that their float64 results are correctly rounded,
// the way glibc's libm (which CPython calls) rounds nearly always.
type dd struct{ hi, lo float64 }

// twoSum returns a+b exactly as s + e.
func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

// quickTwoSum is twoSum for |a| >= |b|.
func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

// twoProd returns a*b exactly as p + e.
func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func ddFrom(f float64) dd { return dd{f, 0} }

func (x dd) add(y dd) dd {
	s := twoSum(x.hi, y.hi)
	t := twoSum(x.lo, y.lo)
	s.lo += t.hi
	s = quickTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return quickTwoSum(s.hi, s.lo)
}

func (x dd) neg() dd { return dd{-x.hi, -x.lo} }

func (x dd) sub(y dd) dd { return x.add(y.neg()) }

func (x dd) mul(y dd) dd {
	p := twoProd(x.hi, y.hi)
	p.lo += float64(x.hi*y.lo) + float64(x.lo*y.hi)
	return quickTwoSum(p.hi, p.lo)
}

func (x dd) mulF(f float64) dd {
	p := twoProd(x.hi, f)
	p.lo += float64(x.lo * f)
	return quickTwoSum(p.hi, p.lo)
}

func (x dd) div(y dd) dd {
	q1 := x.hi / y.hi
	r := x.sub(y.mulF(q1))
	q2 := r.hi / y.hi
	r = r.sub(y.mulF(q2))
	q3 := r.hi / y.hi
	q := quickTwoSum(q1, q2)
	return q.add(ddFrom(q3))
}

// ldexp scales x by 2**e.
func (x dd) ldexp(e int) dd { return dd{math.Ldexp(x.hi, e), math.Ldexp(x.lo, e)} }

// float returns x rounded to float64.
func (x dd) float() float64 { return x.hi + x.lo }

// constPrec is the precision, in bits, at which the constants are derived.
const constPrec = 320

// split returns f as n float64 parts, largest first, whose sum carries
// about 53*n bits of f.
func split(f *big.Float, n int) []float64 {
	f = new(big.Float).SetPrec(constPrec).Set(f)
	parts := make([]float64, n)
	for i := range parts {
		parts[i], _ = f.Float64()
		f.Sub(f, new(big.Float).SetFloat64(parts[i]))
	}
	return parts
}

// atanhInv returns atanh(1/n) for an integer n > 1 by its Taylor series.
func atanhInv(n int64) *big.Float { return arcInv(n, false) }

// atanInv returns atan(1/n) for an integer n > 1 by its Taylor series.
func atanInv(n int64) *big.Float { return arcInv(n, true) }

func arcInv(n int64, alternate bool) *big.Float {
	newF := func() *big.Float { return new(big.Float).SetPrec(constPrec) }
	sum := newF()
	x := newF().Quo(newF().SetInt64(1), newF().SetInt64(n)) // 1/n**(2k+1)
	n2 := newF().SetInt64(n * n)
	eps := newF().SetMantExp(newF().SetInt64(1), -constPrec-8)
	for k := int64(0); x.Cmp(eps) > 0; k++ {
		term := newF().Quo(x, newF().SetInt64(2*k+1))
		if alternate && k%2 == 1 {
			sum.Sub(sum, term)
		} else {
			sum.Add(sum, term)
		}
		x.Quo(x, n2)
	}
	return sum
}

// The constants the elementary functions need, derived from series:
// ln 2 = 2*atanh(1/3) and Machin's pi/4 = 4*atan(1/5) - atan(1/239).
// They are package-level variables only because Go has no constant
// expressions for them; nothing modifies them. ln2 (computeLn2) and
// halfPiParts (computeHalfPi: pi/2 split into four float64s for argument
// reduction) are in tables.go, whose values a test checks against the
// computations, so that a program does not compute them at start-up.
var halfPi = dd{halfPiParts[0], halfPiParts[1]}

func computeLn2() dd {
	l := atanhInv(3)
	l.SetMantExp(l, 1)
	p := split(l, 2)
	return dd{p[0], p[1]}
}

func computeHalfPi() []float64 {
	a := atanInv(5)
	a.SetMantExp(a, 2)
	a.Sub(a, atanInv(239)) // pi/4
	a.SetMantExp(a, 1)     // pi/2
	return split(a, 4)
}
