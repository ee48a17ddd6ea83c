package pyfmt

import (
	"strings"
	"unicode"
)

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
