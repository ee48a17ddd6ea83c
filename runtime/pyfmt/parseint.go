package pyfmt

import (
	"math/big"
	"strings"
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
		return errorf(ValueError, "invalid literal for int() with base %d: %s", base, truncateRepr(StrRepr(s), 200))
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
