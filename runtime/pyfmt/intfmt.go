package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// MaxStrDigits is CPython's default limit on the number of decimal digits
// of an int converted to or from a string (sys.get_int_max_str_digits()).
const MaxStrDigits = 4300

// errTooManyDigits is CPython's error for a decimal rendering longer than
// MaxStrDigits.
func errTooManyDigits() error {
	return errorf(ValueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", MaxStrDigits)
}

// IntStr returns str(v) for a machine-sized int.
func IntStr(v int) string { return strconv.Itoa(v) }

// BigIntStr returns str(v), or CPython's ValueError when the result would
// have more than MaxStrDigits digits.
func BigIntStr(v *big.Int) (string, error) {
	s := v.String()
	if n := len(s) - strings.Count(s[:1], "-"); n > MaxStrDigits {
		return "", errTooManyDigits()
	}
	return s, nil
}

// FormatInt implements int.__format__ for a machine-sized int. The spec
// must come from ParseSpec with defType 'd' and defAlign '>'.
func FormatInt(v int, s Spec) (string, error) {
	if s.IsEmpty() {
		return strconv.Itoa(v), nil
	}
	return formatInteger(intValue{small: v}, s)
}

// FormatBigInt implements int.__format__ for an arbitrary-precision int.
// The spec must come from ParseSpec with defType 'd' and defAlign '>'.
func FormatBigInt(v *big.Int, s Spec) (string, error) {
	if v.IsInt64() && strconv.IntSize == 64 {
		return FormatInt(int(v.Int64()), s)
	}
	if s.IsEmpty() {
		return BigIntStr(v)
	}
	return formatInteger(intValue{big: v}, s)
}

// intValue is an int that is either machine-sized or a *big.Int.
type intValue struct {
	small int
	big   *big.Int // nil when small holds the value
}

// negative reports whether the value is below zero.
func (v intValue) negative() bool {
	if v.big != nil {
		return v.big.Sign() < 0
	}
	return v.small < 0
}

// absText renders |v| in base 2, 8, 10 or 16 with lower-case digits.
func (v intValue) absText(base int) string {
	if v.big != nil {
		return strings.TrimPrefix(v.big.Text(base), "-")
	}
	if v.small == math.MinInt {
		return strings.TrimPrefix(new(big.Int).SetInt64(int64(v.small)).Text(base), "-")
	}
	u := v.small
	if u < 0 {
		u = -u
	}
	return strconv.FormatUint(uint64(u), base)
}

// toFloat converts the value as float(int) does: correctly rounded, with
// CPython's OverflowError beyond the float range.
func (v intValue) toFloat() (float64, error) {
	if v.big == nil {
		return float64(v.small), nil
	}
	f, _ := new(big.Float).SetInt(v.big).Float64()
	if math.IsInf(f, 0) {
		return 0, errorf(OverflowError, "int too large to convert to float")
	}
	return f, nil
}

// formatInteger dispatches a non-empty int spec on its presentation type.
func formatInteger(v intValue, s Spec) (string, error) {
	if err := checkWidth(s.Width); err != nil {
		return "", err
	}
	switch s.Type {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
		return formatIntDigits(v, s)
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := v.toFloat()
		if err != nil {
			return "", err
		}
		return formatFloat(f, s)
	}
	return "", unknownType(s.Type, s.typeName)
}

// formatIntDigits renders an int with an integer presentation type
// (CPython's format_long_internal).
func formatIntDigits(v intValue, s Spec) (string, error) {
	if s.Precision != -1 {
		return "", errorf(ValueError, "Precision not allowed in integer format specifier")
	}
	if s.NoNegZero {
		return "", errorf(ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	if s.Type == 'c' {
		return formatIntChar(v, s)
	}
	base, prefix := 10, ""
	switch s.Type {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	digits := v.absText(base)
	if base == 10 && len(digits) > MaxStrDigits {
		return "", errTooManyDigits()
	}
	if s.Type == 'X' {
		digits = strings.ToUpper(digits)
	}
	p := numberParts{negative: v.negative(), digits: digits}
	if s.Alternate {
		p.prefix = prefix
	}
	return layoutNumber(p, s), nil
}

// formatIntChar renders format(v, 'c').
func formatIntChar(v intValue, s Spec) (string, error) {
	if s.Sign != 0 {
		return "", errorf(ValueError, "Sign not allowed with integer format specifier 'c'")
	}
	if s.Alternate {
		return "", errorf(ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
	}
	x := v.small
	if v.big != nil {
		if !v.big.IsInt64() {
			return "", errorf(OverflowError, "Python int too large to convert to C long")
		}
		x = int(v.big.Int64())
	}
	if x < 0 || x > 0x10ffff {
		return "", errorf(OverflowError, "%%c arg not in range(0x110000)")
	}
	return layoutNumber(numberParts{remainder: string(rune(x))}, s), nil
}
