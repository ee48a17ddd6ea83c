package pyfmt

import (
	"math"
	"strconv"
)

// decimal is the digit string of a finite float's magnitude, in the shape
// David Gay's dtoa returns it: the value is 0.digits × 10^decpt, digits has
// no leading or trailing zeros (zero itself is "0" with decpt 1), and empty
// digits mean the value rounded to zero at the requested position (decpt
// then names that position, as dtoa does).
type decimal struct {
	digits []byte
	decpt  int
}

// shortestDigits returns the shortest digit string that round-trips to
// |f| (dtoa mode 0), using buf as scratch space. f must be finite.
func shortestDigits(buf []byte, f float64) decimal {
	if f == 0 {
		return decimal{append(buf[:0], '0'), 1}
	}
	return fromExp(strconv.AppendFloat(buf[:0], math.Abs(f), 'e', -1, 64))
}

// significantDigits returns |f| correctly rounded (half-even on the exact
// binary value) to n ≥ 1 significant digits, trailing zeros removed (dtoa
// mode 2). f must be finite.
func significantDigits(buf []byte, f float64, n int) decimal {
	if f == 0 {
		return decimal{append(buf[:0], '0'), 1}
	}
	return fromExp(strconv.AppendFloat(buf[:0], math.Abs(f), 'e', n-1, 64))
}

// fixedDigits returns |f| correctly rounded to n ≥ 0 digits after the
// decimal point, trailing zeros removed (dtoa mode 3). f must be finite.
func fixedDigits(buf []byte, f float64, n int) decimal {
	if f == 0 {
		return decimal{append(buf[:0], '0'), 1}
	}
	s := strconv.AppendFloat(buf[:0], math.Abs(f), 'f', n, 64)
	// Drop the decimal point: s becomes the digits of |f| × 10^n.
	decpt := len(s)
	for i, c := range s {
		if c == '.' {
			decpt = i
			s = append(s[:i], s[i+1:]...)
			break
		}
	}
	lead := 0
	for lead < len(s) && s[lead] == '0' {
		lead++
	}
	s = trimZeros(s[lead:])
	if len(s) == 0 {
		return decimal{nil, -n}
	}
	return decimal{s, decpt - lead}
}

// fromExp converts strconv's "d.ddde±XX" rendering of a positive number,
// in place.
func fromExp(s []byte) decimal {
	e := len(s) - 1
	for s[e] != 'e' {
		e--
	}
	exp, _ := strconv.Atoi(string(s[e+1:]))
	digits := s[:e]
	if len(digits) > 1 { // "d.ddd" → "dddd"
		digits = append(digits[:1], digits[2:]...)
	}
	return decimal{trimZeros(digits), exp + 1}
}

// trimZeros drops trailing '0' bytes.
func trimZeros(s []byte) []byte {
	for len(s) > 0 && s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	return s
}
