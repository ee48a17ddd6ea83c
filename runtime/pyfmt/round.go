package pyfmt

import (
	"math"
	"math/big"
	"strconv"
)

// Bounds beyond which round(x, n) is x itself or a signed zero, as in
// CPython's float.__round__: ⌊(53 + 1021) × 0.30103⌋ and
// −⌊(1024 + 1) × 0.30103⌋, where 0.30103 bounds log10(2).
const (
	roundDigitsMax = 323
	roundDigitsMin = -308
)

// RoundFloat implements round(x, ndigits) for a float: x correctly rounded
// (half-even on its exact binary value) to ndigits decimal places, which
// may be negative. Infinities and NaNs round to themselves; a result
// beyond the float range is CPython's OverflowError.
func RoundFloat(x float64, ndigits int) (float64, error) {
	switch {
	case math.IsInf(x, 0) || math.IsNaN(x):
		return x, nil
	case ndigits > roundDigitsMax:
		return x, nil
	case ndigits < roundDigitsMin:
		return math.Copysign(0, x), nil
	}
	var rounded float64
	if ndigits >= 0 {
		// strconv's fixed formatting is correctly rounded and
		// ParseFloat correctly rounds back: together they are dtoa's
		// mode 3 followed by strtod.
		rounded, _ = strconv.ParseFloat(strconv.FormatFloat(x, 'f', ndigits, 64), 64)
	} else {
		scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-ndigits)), nil)
		exact, _ := new(big.Float).SetFloat64(math.Abs(x)).Rat(nil)
		q := roundHalfEven(new(big.Rat).Quo(exact, new(big.Rat).SetInt(scale)))
		rounded, _ = new(big.Rat).SetInt(q.Mul(q, scale)).Float64()
		rounded = math.Copysign(rounded, x)
	}
	if math.IsInf(rounded, 0) {
		return 0, errorf(OverflowError, "rounded value too large to represent")
	}
	return rounded, nil
}

// roundHalfEven rounds a non-negative rational to the nearest integer,
// ties to even.
func roundHalfEven(r *big.Rat) *big.Int {
	q, m := new(big.Int).QuoRem(r.Num(), r.Denom(), new(big.Int))
	twice := m.Lsh(m, 1)
	switch c := twice.Cmp(r.Denom()); {
	case c > 0, c == 0 && q.Bit(0) == 1:
		q.Add(q, big.NewInt(1))
	}
	return q
}

// RoundFloatToInt implements round(x) with no ndigits: the nearest
// integer, ties to even, with CPython's errors for infinities and NaN.
func RoundFloatToInt(x float64) (*big.Int, error) {
	return FloatToInt(math.RoundToEven(x))
}

// FloatToInt implements int(x) for a float: truncation toward zero, with
// CPython's OverflowError for infinities and ValueError for NaN.
func FloatToInt(x float64) (*big.Int, error) {
	switch {
	case math.IsInf(x, 0):
		return nil, errorf(OverflowError, "cannot convert float infinity to integer")
	case math.IsNaN(x):
		return nil, errorf(ValueError, "cannot convert float NaN to integer")
	}
	i, _ := new(big.Float).SetFloat64(math.Trunc(x)).Int(nil)
	return i, nil
}
