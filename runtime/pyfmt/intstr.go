package pyfmt

import (
	"math/big"
	"strconv"
)

// IntToString renders an int as bin(), oct() or hex() do (base 2, 8 or
// 16: "-0xff", "0b101", "0o17"). Base 10 gives the plain decimal digits
// without str()'s MaxStrDigits check (BigIntStr applies it). Any other
// base panics.
func IntToString(v *big.Int, base int) string {
	return intToString(intValue{big: v}, base)
}

// SmallIntToString is IntToString for a machine int.
func SmallIntToString(v int, base int) string {
	return intToString(intValue{small: v}, base)
}

// intToString renders an int with its Python base prefix.
func intToString(v intValue, base int) string {
	prefix := ""
	switch base {
	case 2:
		prefix = "0b"
	case 8:
		prefix = "0o"
	case 16:
		prefix = "0x"
	case 10:
	default:
		panic("pyfmt.IntToString: base must be 2, 8, 10 or 16, got " + strconv.Itoa(base))
	}
	s := prefix + v.absText(base)
	if v.negative() {
		return "-" + s
	}
	return s
}
