package pyrandom

import "math"

// The elementary functions the distributions need, computed in
// double-double and rounded once, so that they return the correctly
// rounded float64 (barring a result within about 2**-100 relative of a
// rounding boundary). glibc's libm, which CPython calls, rounds correctly
// in all but roughly 0.1% of cases; Go's math package differs from it
// far more often, which is why these exist.

// Reciprocals 1/(2k+1) and 1/k! in double-double, for the series: the
// values of computeOddRecip and computeFactRecip, in tables.go (never
// modified).

func computeOddRecip() (t [24]dd) {
	for k := range t {
		t[k] = ddFrom(1).div(ddFrom(float64(2*k + 1)))
	}
	return t
}

func computeFactRecip() (t [28]dd) {
	f := ddFrom(1)
	for k := range t {
		if k > 0 {
			f = f.div(ddFrom(float64(k)))
		}
		t[k] = f
	}
	return t
}

// logGrid is the spacing of the centres log reduces its argument to.
const logGrid = 64

// logTable[i] is log(c) for the centre c = (logGridLo+i)/logGrid, computed
// by the plain series (computeLogTable, in tables.go); nothing modifies it.

// The grid points cover [sqrt(1/2), sqrt(2)]: 45/64 < 0.7072 and
// 91/64 > 1.4142.
const (
	logGridLo = 45
	logGridHi = 91
)

func computeLogTable() []dd {
	t := make([]dd, logGridHi-logGridLo+1)
	for i := range t {
		t[i] = logSeries(float64(logGridLo+i)/logGrid, 1, len(oddRecip))
	}
	return t
}

// logSeries returns log(m/c) = 2*atanh((m-c)/(m+c)) for m and c within a
// factor of two of each other, summing terms of the atanh series.
func logSeries(m, c float64, terms int) dd {
	s := ddFrom(m - c).div(twoSum(m, c)) // m-c is exact (Sterbenz)
	s2 := s.mul(s)
	poly := oddRecip[terms-1]
	for k := terms - 2; k >= 0; k-- {
		poly = poly.mul(s2).add(oddRecip[k])
	}
	return s.mul(poly).ldexp(1)
}

// ddLog returns log(x) for a finite x > 0.
func ddLog(x float64) dd {
	m, e := math.Frexp(x) // x = m * 2**e, 0.5 <= m < 1
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	// m is in [0.707, 1.415); c is the grid point nearest to it, so
	// |(m-c)/(m+c)| < 1/180 and eight terms of the series reach 2**-106.
	i := int(math.Round(m * logGrid))
	c := float64(i) / logGrid
	return ln2.mulF(float64(e)).add(logTable[i-logGridLo].add(logSeries(m, c, 8)))
}

// ddExpm1Reduced returns exp(r) - 1 for |r| <= 0.36.
func ddExpm1Reduced(r dd) dd {
	const squarings = 8
	r = r.ldexp(-squarings)
	// Taylor series of exp(r) - 1 for |r| < 0.0015.
	n := 12
	poly := factRecip[n]
	for k := n - 1; k >= 1; k-- {
		poly = poly.mul(r).add(factRecip[k])
	}
	em1 := poly.mul(r)
	// exp(2r) - 1 = (exp(r) - 1) * (exp(r) + 1).
	for range squarings {
		em1 = em1.mul(em1.add(ddFrom(2)))
	}
	return em1
}

// ddExp returns exp(x) = m * 2**k for a double-double x with
// |x.hi| <= 760, with m in [0.7, 1.5).
func ddExp(x dd) (m dd, k int) {
	kf := math.Round(x.hi / ln2.hi)
	// r = x - k*ln2, with k*ln2 formed exactly enough for |k| <= 1100.
	r := x.sub(twoProd(kf, ln2.hi)).sub(ddFrom(kf * ln2.lo))
	return ddExpm1Reduced(r).add(ddFrom(1)), int(kf)
}

// roundScaled returns m * 2**k rounded once to float64, to nearest with
// ties to even, subnormal results included.
func roundScaled(m dd, k int) float64 {
	v := m.ldexp(k) // exact unless the result is subnormal or overflows
	if math.Abs(v.hi) >= 0x1p-1022 || math.IsInf(v.hi, 0) {
		return v.float()
	}
	// Subnormal: count units of 2**-1074 and round that count to an
	// integer. m * 2**(k+1074) is below 2**53, so the scaling is exact.
	u := m.ldexp(k + 1074)
	n := math.Round(u.hi)
	frac := twoSum(u.hi-n, u.lo) // u.hi - n is exact; |frac| <= 1/2 + |u.lo|
	switch {
	case frac.hi > 0.5 || (frac.hi == 0.5 && frac.lo > 0):
		n++
	case frac.hi < -0.5 || (frac.hi == -0.5 && frac.lo < 0):
		n--
	case math.Abs(frac.hi) == 0.5 && frac.lo == 0 && math.Mod(n, 2) != 0:
		n += math.Copysign(1, frac.hi) // a tie: to even
	}
	return math.Ldexp(n, -1074)
}

// mathLog is Python's math.log(x): a ValueError for x <= 0.
func mathLog(x float64) (float64, error) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x, nil
	case x <= 0:
		return 0, errMathDomain()
	}
	return ddLog(x).float(), nil
}

// mathExp is Python's math.exp(x): an OverflowError when the result
// overflows.
func mathExp(x float64) (float64, error) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x, nil
	case math.IsInf(x, -1) || x < -760:
		return 0, nil
	case x > 710:
		return 0, errMathRange()
	}
	v := roundScaled(ddExp(ddFrom(x)))
	if math.IsInf(v, 0) {
		return 0, errMathRange()
	}
	return v, nil
}

// sinCosSeries returns sin(r) and cos(r) from the first terms of their
// Taylor series.
func sinCosSeries(r dd, terms int) (sin, cos dd) {
	r2 := r.mul(r)
	// sin r = r * sum (-1)^k r^2k/(2k+1)!, cos r = sum (-1)^k r^2k/(2k)!
	s := factRecip[2*terms-1]
	c := factRecip[2*terms-2]
	for k := terms - 2; k >= 0; k-- {
		s = r2.mul(s).neg().add(factRecip[2*k+1])
		c = r2.mul(c).neg().add(factRecip[2*k])
	}
	return r.mul(s), c
}

// trigGrid is the spacing of the points sin and cos reduce to; trigTable
// holds sin(c) and cos(c) for c = j/trigGrid, |c| <= pi/4, computed once by
// the plain series and never modified.
const (
	trigGrid = 64
	trigMaxJ = 51 // 51/64 > pi/4
)

// trigTable is computeTrigTable's, in tables.go.

func computeTrigTable() [][2]dd {
	t := make([][2]dd, 2*trigMaxJ+1)
	for i := range t {
		s, c := sinCosSeries(ddFrom(float64(i-trigMaxJ)/trigGrid), 14)
		t[i] = [2]dd{s, c}
	}
	return t
}

// sinCosReduced returns sin(r) and cos(r) for |r| <= pi/4: r = c + t with
// c on the grid and |t| <= 1/128, so seven terms of the series for t
// reach 2**-106, and the angle-addition formulas combine the two.
func sinCosReduced(r dd) (sin, cos dd) {
	j := math.Round(r.hi * trigGrid)
	t := r.sub(ddFrom(j / trigGrid))
	st, ct := sinCosSeries(t, 7)
	sc := trigTable[int(j)+trigMaxJ]
	sin = sc[0].mul(ct).add(sc[1].mul(st))
	cos = sc[1].mul(ct).sub(sc[0].mul(st))
	return sin, cos
}

// maxReduce bounds the arguments sin and cos reduce with the four-part
// pi/2; larger ones fall back to Go's math package.
const maxReduce = 1 << 20

// ddSinCos returns sin(x) and cos(x) for a finite |x| < maxReduce.
func ddSinCos(x float64) (sin, cos dd) {
	k := math.Round(x / halfPi.hi)
	r := ddFrom(x)
	for _, p := range halfPiParts {
		r = r.sub(twoProd(k, p))
	}
	s, c := sinCosReduced(r)
	switch int(math.Mod(k, 4)+4) % 4 {
	case 0:
		return s, c
	case 1:
		return c, s.neg()
	case 2:
		return s.neg(), c.neg()
	default:
		return c.neg(), s
	}
}

// mathSin and mathCos are Python's math.sin and math.cos for finite x.
func mathSin(x float64) float64 {
	if math.Abs(x) >= maxReduce || math.IsNaN(x) {
		return math.Sin(x)
	}
	s, _ := ddSinCos(x)
	return s.float()
}

func mathCos(x float64) float64 {
	if math.Abs(x) >= maxReduce || math.IsNaN(x) {
		return math.Cos(x)
	}
	_, c := ddSinCos(x)
	return c.float()
}

// mathAcos is Python's math.acos(x): a ValueError outside [-1, 1]. It
// refines Go's estimate with two Newton steps on cos(y) = x.
func mathAcos(x float64) (float64, error) {
	if math.IsNaN(x) {
		return x, nil
	}
	if x < -1 || x > 1 {
		return 0, errMathDomain()
	}
	switch x {
	case 1:
		return 0, nil
	case -1:
		return pi().float(), nil
	}
	y := ddFrom(math.Acos(x))
	for range 2 {
		s, c := ddSinCos(y.hi)
		// Correct for y.lo: cos(y.hi + y.lo) ~ c - s*y.lo.
		c = c.sub(s.mulF(y.lo))
		y = y.add(c.sub(ddFrom(x)).div(s))
	}
	return y.float(), nil
}

func pi() dd { return halfPi.ldexp(1) }

// pyPow is Python's float ** float (float_pow), except that a negative
// base with a fractional exponent, which CPython answers with a complex
// number, is an error here.
func pyPow(x, y float64) (float64, error) {
	odd := isOddInteger(y)
	switch {
	case y == 0:
		return 1, nil
	case math.IsNaN(x):
		return x, nil
	case math.IsNaN(y):
		if x == 1 {
			return 1, nil
		}
		return y, nil
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return 1, nil
		case (ax > 1) == (y > 0):
			return math.Inf(1), nil
		}
		return 0, nil
	case math.IsInf(x, 0):
		v := 0.0
		if y > 0 {
			v = math.Inf(1)
		}
		if x < 0 && odd {
			v = -v
		}
		return v, nil
	case x == 0:
		if y < 0 {
			return 0, errZeroNegPow()
		}
		if odd {
			return x, nil
		}
		return 0, nil
	}
	negate := false
	if x < 0 {
		if y != math.Floor(y) {
			return 0, errComplexPow()
		}
		x, negate = -x, odd
	}
	v := 1.0
	if x != 1 {
		t := ddLog(x).mulF(y)
		switch {
		case t.hi > 710:
			return 0, errPowRange()
		case t.hi < -760:
			v = 0
		default:
			v = roundScaled(ddExp(t))
			if math.IsInf(v, 0) {
				return 0, errPowRange()
			}
		}
	}
	if negate {
		v = -v
	}
	return v, nil
}

// isOddInteger reports whether y is an odd integer.
func isOddInteger(y float64) bool {
	return y == math.Trunc(y) && math.Abs(math.Mod(y, 2)) == 1
}

// Python's errors for the math functions, float ** and float division.
func errMathDomain() *Error { return &Error{Kind: ValueError, Msg: "math domain error"} }
func errMathRange() *Error  { return &Error{Kind: OverflowError, Msg: "math range error"} }
func errPowRange() *Error {
	return &Error{Kind: OverflowError, Msg: "(34, 'Numerical result out of range')"}
}
func errFloatDiv() *Error { return &Error{Kind: ZeroDivisionError, Msg: "float division by zero"} }
func errZeroNegPow() *Error {
	return &Error{Kind: ZeroDivisionError, Msg: "0.0 cannot be raised to a negative power"}
}

// errComplexPow reports a negative base raised to a fractional power,
// which CPython answers with a complex number this package cannot return.
func errComplexPow() *Error {
	return &Error{Kind: ValueError, Msg: "negative number cannot be raised to a fractional power"}
}
