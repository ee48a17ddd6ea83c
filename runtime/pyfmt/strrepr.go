package pyfmt

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteStr returns repr(s) for a Python str, as CPython's error messages
// quote their input: single quotes unless s contains ' and no ", with
// backslash escapes for the quote, backslash, \t \n \r and non-printable
// code points.
func quoteStr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < ' ' || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x7f || isPrintable(r):
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// isPrintable approximates CPython's str.isprintable for one code point
// (Go's Unicode tables may be a version ahead of CPython 3.11's): letters,
// marks, numbers, punctuation, symbols and the ASCII space.
func isPrintable(r rune) bool { return unicode.IsPrint(r) }

// truncateRepr cuts a repr to its first n code points, as C's "%.200R".
func truncateRepr(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return truncateRunes(s, n)
}
