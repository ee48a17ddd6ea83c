package pyfmt

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// StrRepr is Python's repr of a str given in UTF-8: CPython's choice of
// quote and its escapes. Lone surrogates, which the parser stores in
// WTF-8 (from "\ud800"-style escapes), show as \udxxx; any other invalid
// byte shows as \xNN.
func StrRepr(s string) string {
	quote := reprQuote(s)
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			writeByte(&b, c, quote)
			continue
		}
		r, n := decodeWTF8(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case IsPrintable(r):
			b.WriteString(s[i : i+n])
		case r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
		i += n
	}
	b.WriteByte(quote)
	return b.String()
}

// reprQuote is the quote CPython's repr of s (str or bytes) uses: a
// double quote when s has single quotes and no double ones.
func reprQuote(s string) byte {
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		return '"'
	}
	return '\''
}

// writeByte writes the byte c of a str or bytes repr quoted with quote:
// itself when printable ASCII, else its escape (a str passes only ASCII
// here, a bytes value every byte).
func writeByte(b *strings.Builder, c, quote byte) {
	switch {
	case c == quote || c == '\\':
		b.WriteByte('\\')
		b.WriteByte(c)
	case c == '\t':
		b.WriteString(`\t`)
	case c == '\n':
		b.WriteString(`\n`)
	case c == '\r':
		b.WriteString(`\r`)
	case c < ' ' || c >= 0x7f:
		fmt.Fprintf(b, `\x%02x`, c)
	default:
		b.WriteByte(c)
	}
}

// decodeWTF8 decodes one code point from s, accepting encoded surrogates.
func decodeWTF8(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// BytesRepr is Python's repr of a bytes value held in s.
func BytesRepr(s string) string {
	quote := reprQuote(s)
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		writeByte(&b, s[i], quote)
	}
	b.WriteByte(quote)
	return b.String()
}

// IsPrintable is CPython 3.11's Py_UNICODE_ISPRINTABLE (str.isprintable
// for one character), from the generated printableRanges table.
func IsPrintable(r rune) bool {
	if r < 0x7f {
		return r >= ' '
	}
	i := sort.Search(len(printableRanges), func(i int) bool { return printableRanges[i][1] >= r })
	return i < len(printableRanges) && printableRanges[i][0] <= r
}

// truncateRepr cuts a repr to its first n code points, as C's "%.200R".
func truncateRepr(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return truncateRunes(s, n)
}
