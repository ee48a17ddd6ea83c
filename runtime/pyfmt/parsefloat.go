package pyfmt

import (
	"math"
	"strconv"
	"strings"
)

// ParseFloat implements float(s) for a str argument: surrounding
// whitespace, decimal and exponent notation, "inf", "infinity" and "nan"
// in any case with an optional sign, underscores between digits, and
// Unicode decimal digits. Out-of-range values become ±inf or ±0 as in
// CPython; malformed input is CPython's ValueError.
func ParseFloat(s string) (float64, error) {
	invalid := func() error {
		return errorf(ValueError, "could not convert string to float: %s", StrRepr(s))
	}
	str, ok := toASCIINumber(s)
	if !ok {
		return 0, invalid()
	}
	str = strings.TrimFunc(str, func(r rune) bool { return r < 0x80 && isCSpace(byte(r)) })
	if strings.IndexByte(str, '_') >= 0 {
		if str, ok = dropUnderscores(str); !ok {
			return 0, invalid()
		}
	}
	body, neg := str, false
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	case "nan":
		if neg {
			return math.Copysign(math.NaN(), -1), nil
		}
		return math.NaN(), nil
	}
	if !isDecimalFloat(body) {
		return 0, invalid()
	}
	f, err := strconv.ParseFloat(str, 64)
	if err != nil && !isRangeErr(err) {
		return 0, invalid()
	}
	return f, nil
}

// isRangeErr reports whether err is strconv's out-of-range error (the
// value it comes with is the correct ±inf or ±0).
func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// isDecimalFloat reports whether s is digits[.digits][e[sign]digits] with
// at least one mantissa digit (either side of the point).
func isDecimalFloat(s string) bool {
	i, mant := 0, 0
	for i < len(s) && isASCIIDigit(rune(s[i])) {
		i, mant = i+1, mant+1
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && isASCIIDigit(rune(s[i])) {
			i, mant = i+1, mant+1
		}
	}
	if mant == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		start := i
		for i < len(s) && isASCIIDigit(rune(s[i])) {
			i++
		}
		if i == start {
			return false
		}
	}
	return i == len(s)
}

// dropUnderscores removes underscores that sit between two digits and
// rejects any other underscore, as float() does.
func dropUnderscores(s string) (string, bool) {
	var b strings.Builder
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if !isASCIIDigit(rune(prev)) {
				return "", false
			}
		} else {
			if prev == '_' && !isASCIIDigit(rune(c)) {
				return "", false
			}
			b.WriteByte(c)
		}
		prev = c
	}
	return b.String(), prev != '_'
}
