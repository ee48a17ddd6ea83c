package pyrandom

import "math"

// The correctly rounded elementary functions of elem.go, for the rest of
// the runtime: float ** and the math module use them so that their
// results match CPython's (glibc's) far more often than Go's math package
// does, which differs from glibc in the last bit for a large share of
// arguments.

// Log is log(x), correctly rounded, with Go's results for x <= 0, NaN and
// +Inf (the callers raise Python's errors for those first).
func Log(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 1) {
		return math.Log(x)
	}
	return ddLog(x).float()
}

// Exp is exp(x), correctly rounded; +Inf when the result overflows.
func Exp(x float64) float64 {
	v, err := mathExp(x)
	if err != nil {
		return math.Inf(1)
	}
	return v
}

// Sin is sin(x), correctly rounded for |x| < 2**20 (Go's beyond).
func Sin(x float64) float64 {
	if x == 0 {
		return x // keeps the sign of zero
	}
	return mathSin(x)
}

// Cos is cos(x), correctly rounded for |x| < 2**20 (Go's beyond).
func Cos(x float64) float64 { return mathCos(x) }

// Acos is acos(x) for x in [-1, 1] (NaN outside).
func Acos(x float64) float64 {
	v, err := mathAcos(x)
	if err != nil {
		return math.NaN()
	}
	return v
}

// Pow is x ** y for floats, correctly rounded; overflow reports a finite
// result too large for a float64. The cases CPython raises other errors
// for (zero to a negative power, a negative base with a fractional
// exponent) get Go's math.Pow result: callers check them first.
func Pow(x, y float64) (v float64, overflow bool) {
	v, err := pyPow(x, y)
	if err != nil {
		if e, ok := err.(*Error); ok && e.Kind == OverflowError {
			return math.Inf(1), true
		}
		return math.Pow(x, y), false
	}
	return v, false
}

// Hypot is the Euclidean norm of xs (math.hypot, and math.dist of the
// differences), correctly rounded but for results within about 2**-100
// relative of a rounding boundary, as CPython 3.11's is: the squares are
// summed exactly enough in double-double, after scaling by a power of two
// that keeps them clear of overflow and underflow, and the square root
// gets one correction step.
func Hypot(xs []float64) float64 {
	largest, nan := 0.0, false
	for _, x := range xs {
		ax := math.Abs(x)
		switch {
		case math.IsInf(ax, 0):
			return math.Inf(1)
		case math.IsNaN(x):
			nan = true
		case ax > largest:
			largest = ax
		}
	}
	if nan {
		return math.NaN()
	}
	if largest == 0 {
		return 0
	}
	_, e := math.Frexp(largest)
	var s dd
	for _, x := range xs {
		y := math.Ldexp(x, -e) // |y| < 1
		s = s.add(twoProd(y, y))
	}
	h := math.Sqrt(s.hi)
	r := s.sub(twoProd(h, h))
	h += (r.hi + r.lo) / (2 * h)
	return math.Ldexp(h, e)
}
