package pyfmt

import (
	"strings"
	"unicode/utf8"
)

// numberParts is a rendered number split the way CPython's
// calc_number_widths sees it:
//
//	<sign><prefix><digits>[.]<remainder>
//
// Only digits take thousands separators and the zero padding of '='.
type numberParts struct {
	negative  bool
	prefix    string // "0x", "0o", "0b" (already in the right case)
	digits    string // ASCII digits before any decimal point
	decimal   bool   // a decimal point follows digits
	remainder string // fraction, exponent, "%", "inf", or a 'c' character
}

// splitNumber splits an unsigned-or-'-'-signed rendering such as "-1.5e+10"
// or "inf" into numberParts (CPython's parse_number).
func splitNumber(s string) numberParts {
	var p numberParts
	if strings.HasPrefix(s, "-") {
		p.negative = true
		s = s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	p.digits = s[:i]
	rest := s[i:]
	if strings.HasPrefix(rest, ".") {
		p.decimal = true
		rest = rest[1:]
	}
	p.remainder = rest
	return p
}

// layoutNumber applies sign, grouping, fill, alignment and width to a
// number (CPython's calc_number_widths followed by fill_number).
func layoutNumber(p numberParts, s Spec) string {
	var sign byte
	switch {
	case p.negative:
		sign = '-'
	case s.Sign == '+':
		sign = '+'
	case s.Sign == ' ':
		sign = ' '
	}
	nonDigits := len(p.prefix) + utf8.RuneCountInString(p.remainder)
	if sign != 0 {
		nonDigits++
	}
	if p.decimal {
		nonDigits++
	}
	minWidth := 0
	if s.Fill == '0' && s.Align == '=' {
		minWidth = s.Width - nonDigits
	}
	var grouped string
	if p.digits != "" {
		size, sep := groupSize(s.Grouping)
		grouped = groupDigits(p.digits, minWidth, size, sep)
	}

	var b strings.Builder
	b.Grow(max(s.Width, 0) + nonDigits + len(grouped))
	left, inner, right := 0, 0, 0
	if pad := s.Width - (nonDigits + len(grouped)); pad > 0 {
		switch s.Align {
		case '<':
			right = pad
		case '^':
			left = pad / 2
			right = pad - left
		case '=':
			inner = pad
		default:
			left = pad
		}
	}
	writeFill(&b, s.Fill, left)
	if sign != 0 {
		b.WriteByte(sign)
	}
	b.WriteString(p.prefix)
	writeFill(&b, s.Fill, inner)
	b.WriteString(grouped)
	if p.decimal {
		b.WriteByte('.')
	}
	b.WriteString(p.remainder)
	writeFill(&b, s.Fill, right)
	return b.String()
}

// groupSize returns the group length and separator of a grouping option;
// size 0 means no grouping.
func groupSize(g Grouping) (int, byte) {
	switch g {
	case CommaGrouping:
		return 3, ','
	case UnderscoreGrouping:
		return 3, '_'
	case UnderscoreFourGrouping:
		return 4, '_'
	}
	return 0, 0
}

// groupDigits inserts a separator every size digits counting from the
// right and left-pads with zeros (which are grouped too) until the result
// is at least minWidth long, as CPython's _PyUnicode_InsertThousandsGrouping
// does. size 0 means no separators.
func groupDigits(digits string, minWidth, size int, sep byte) string {
	minWidth = max(minWidth, 0)
	if size == 0 {
		if len(digits) >= minWidth {
			return digits
		}
		return strings.Repeat("0", minWidth-len(digits)) + digits
	}
	// Build the result backwards, one group at a time, then reverse it.
	out := make([]byte, 0, len(digits)+len(digits)/size+minWidth+2)
	remaining := len(digits)
	for first := true; ; first = false {
		n := min(size, max(remaining, minWidth, 1))
		if !first {
			out = append(out, sep)
		}
		chars := min(remaining, n)
		for k := 1; k <= chars; k++ {
			out = append(out, digits[remaining-k])
		}
		remaining -= chars
		out = appendZeros(out, n-chars)
		minWidth -= n
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth--
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

// writeFill writes n copies of the fill character.
func writeFill(b *strings.Builder, fill rune, n int) {
	for range n {
		b.WriteRune(fill)
	}
}
