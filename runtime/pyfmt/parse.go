package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// ParseInt implements int(s, base) for a str argument: surrounding
// whitespace, a sign, single underscores between digits (and after a base
// prefix), the 0x/0o/0b prefixes (required-or-optional per base; base 0
// infers the base and rejects leading zeros), Unicode decimal digits, and
// CPython's ValueError messages.
func ParseInt(s string, base int) (*big.Int, error) {
	if (base != 0 && base < 2) || base > 36 {
		return nil, errorf(ValueError, "int() base must be >= 2 and <= 36, or 0")
	}
	invalid := func() error {
		return errorf(ValueError, "invalid literal for int() with base %d: %s", base, truncateRepr(quoteStr(s), 200))
	}
	str, ok := toASCIINumber(s)
	if !ok {
		return nil, invalid()
	}
	i := 0
	for i < len(str) && isCSpace(str[i]) {
		i++
	}
	neg := false
	if i < len(str) && (str[i] == '+' || str[i] == '-') {
		neg = str[i] == '-'
		i++
	}
	at := func(k int) byte {
		if k < len(str) {
			return str[k]
		}
		return 0
	}
	zeroOnly := false
	litBase := base
	if base == 0 {
		switch {
		case at(i) != '0':
			litBase = 10
		case at(i+1) == 'x' || at(i+1) == 'X':
			litBase = 16
		case at(i+1) == 'o' || at(i+1) == 'O':
			litBase = 8
		case at(i+1) == 'b' || at(i+1) == 'B':
			litBase = 2
		default:
			zeroOnly, litBase = true, 10
		}
	}
	if at(i) == '0' {
		p := at(i+1) | 0x20
		if (litBase == 16 && p == 'x') || (litBase == 8 && p == 'o') || (litBase == 2 && p == 'b') {
			i += 2
			if at(i) == '_' {
				i++
			}
		}
	}
	if at(i) == '_' {
		return nil, invalid()
	}
	var digits strings.Builder
	prev := byte(0)
	for ; i < len(str) && (digitValue(str[i]) < litBase || str[i] == '_'); i++ {
		if str[i] == '_' {
			if prev == '_' {
				return nil, invalid()
			}
		} else {
			digits.WriteByte(str[i])
		}
		prev = str[i]
	}
	if prev == '_' {
		return nil, invalid()
	}
	if litBase&(litBase-1) != 0 && digits.Len() > MaxStrDigits {
		return nil, errorf(ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", MaxStrDigits, digits.Len())
	}
	if digits.Len() == 0 {
		return nil, invalid()
	}
	v, _ := new(big.Int).SetString(digits.String(), litBase)
	if zeroOnly && v.Sign() != 0 {
		return nil, invalid()
	}
	for i < len(str) && isCSpace(str[i]) {
		i++
	}
	if i != len(str) {
		return nil, invalid()
	}
	if neg {
		v.Neg(v)
	}
	return v, nil
}

// ParseFloat implements float(s) for a str argument: surrounding
// whitespace, decimal and exponent notation, "inf", "infinity" and "nan"
// in any case with an optional sign, underscores between digits, and
// Unicode decimal digits. Out-of-range values become ±inf or ±0 as in
// CPython; malformed input is CPython's ValueError.
func ParseFloat(s string) (float64, error) {
	invalid := func() error {
		return errorf(ValueError, "could not convert string to float: %s", quoteStr(s))
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

// toASCIINumber maps Unicode whitespace to ' ' and Unicode decimal digits
// to ASCII digits, as CPython does before parsing a number. It fails on
// any other non-ASCII code point.
func toASCIINumber(s string) (string, bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x7f {
			ascii = false
			break
		}
	}
	if ascii {
		return s, true
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x7f:
			b.WriteRune(r)
		case isPySpace(r):
			b.WriteByte(' ')
		default:
			d := unicodeDecimal(r)
			if d < 0 {
				return "", false
			}
			b.WriteByte(byte('0' + d))
		}
	}
	return b.String(), true
}

// isCSpace is C's isspace in the C locale.
func isCSpace(c byte) bool {
	return c == ' ' || (c >= '\t' && c <= '\r')
}

// isPySpace is CPython's str.isspace for one code point: Go's White_Space
// set plus the information separators U+001C…U+001F.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// unicodeDecimal returns the value of a Unicode decimal digit (general
// category Nd), or -1. Nd digits come in runs of ten starting at zero.
func unicodeDecimal(r rune) int {
	for _, rg := range unicode.Nd.R16 {
		if uint32(r) >= uint32(rg.Lo) && uint32(r) <= uint32(rg.Hi) {
			return int((uint32(r) - uint32(rg.Lo)) % 10)
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if uint32(r) >= rg.Lo && uint32(r) <= rg.Hi {
			return int((uint32(r) - rg.Lo) % 10)
		}
	}
	return -1
}

// digitValue is the value of an ASCII digit or letter in bases up to 36,
// or 37 for any other byte.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 37
}
