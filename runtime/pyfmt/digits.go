package pyfmt

import (
	"math"
	"strconv"
	"strings"
)

// decimal is the digit string of a finite float's magnitude, in the shape
// David Gay's dtoa returns it: the value is 0.digits × 10^decpt, digits has
// no leading or trailing zeros (zero itself is "0" with decpt 1), and an
// empty digits string means the value rounded to zero at the requested
// position (decpt then names that position, as dtoa does).
type decimal struct {
	digits string
	decpt  int
}

// shortestDigits returns the shortest digit string that round-trips to
// |f| (dtoa mode 0). f must be finite.
func shortestDigits(f float64) decimal {
	if f == 0 {
		return decimal{"0", 1}
	}
	return fromExp(strconv.FormatFloat(math.Abs(f), 'e', -1, 64))
}

// significantDigits returns |f| correctly rounded (half-even on the exact
// binary value) to n ≥ 1 significant digits, trailing zeros removed (dtoa
// mode 2). f must be finite.
func significantDigits(f float64, n int) decimal {
	if f == 0 {
		return decimal{"0", 1}
	}
	return fromExp(strconv.FormatFloat(math.Abs(f), 'e', n-1, 64))
}

// fixedDigits returns |f| correctly rounded to n ≥ 0 digits after the
// decimal point, trailing zeros removed (dtoa mode 3). f must be finite.
func fixedDigits(f float64, n int) decimal {
	if f == 0 {
		return decimal{"0", 1}
	}
	s := strconv.FormatFloat(math.Abs(f), 'f', n, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	all := intPart + frac
	decpt := len(intPart)
	trimmed := strings.TrimLeft(all, "0")
	decpt -= len(all) - len(trimmed)
	trimmed = strings.TrimRight(trimmed, "0")
	if trimmed == "" {
		return decimal{"", -n}
	}
	return decimal{trimmed, decpt}
}

// fromExp converts strconv's "d.ddde±XX" rendering of a positive number.
func fromExp(s string) decimal {
	mant, exp, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(exp)
	digits := strings.TrimRight(strings.Replace(mant, ".", "", 1), "0")
	return decimal{digits, e + 1}
}
