package pyfmt

import (
	"strings"
	"unicode/utf8"
)

// FormatStr implements str.__format__. The spec must come from ParseSpec
// with defType 's' and defAlign '<'. Width and precision count code points.
func FormatStr(str string, s Spec) (string, error) {
	if s.IsEmpty() {
		return str, nil
	}
	if s.Type != 's' {
		return "", unknownType(s.Type, s.typeName)
	}
	switch {
	case s.Sign == ' ':
		return "", errorf(ValueError, "Space not allowed in string format specifier")
	case s.Sign != 0:
		return "", errorf(ValueError, "Sign not allowed in string format specifier")
	case s.NoNegZero:
		return "", errorf(ValueError, "Negative zero coercion (z) not allowed in string format specifier")
	case s.Alternate:
		return "", errorf(ValueError, "Alternate form (#) not allowed in string format specifier")
	case s.Align == '=':
		return "", errorf(ValueError, "'=' alignment not allowed in string format specifier")
	}
	if err := checkWidth(s.Width); err != nil {
		return "", err
	}
	n := utf8.RuneCountInString(str)
	if s.Precision >= 0 && n > s.Precision {
		str = truncateRunes(str, s.Precision)
		n = s.Precision
	}
	return padString(str, n, s.Width, s.Fill, s.Align), nil
}

// truncateRunes keeps the first n code points of s.
func truncateRunes(s string, n int) string {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// padString pads s (n code points long) to width with fill, aligned left
// ('<'), right ('>') or centered ('^', extra fill on the right).
func padString(s string, n, width int, fill, align rune) string {
	pad := width - n
	if pad <= 0 {
		return s
	}
	left := 0
	switch align {
	case '>':
		left = pad
	case '^':
		left = pad / 2
	}
	var b strings.Builder
	b.Grow(len(s) + pad*utf8.RuneLen(fill))
	writeFill(&b, fill, left)
	b.WriteString(s)
	writeFill(&b, fill, pad-left)
	return b.String()
}
