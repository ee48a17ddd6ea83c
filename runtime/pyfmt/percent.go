package pyfmt

import (
	"math"
	"math/big"
	"strings"
	"unicode/utf8"
)

// PercentSpec is one %-conversion of printf-style string formatting
// (str % args) with its '*' width/precision and mapping key already
// resolved by the caller.
type PercentSpec struct {
	Minus bool // '-': left-justify (overrides '0')
	Plus  bool // '+': always write a sign on numbers
	Space bool // ' ': a blank before non-negative numbers
	Alt   bool // '#': 0o/0x/0X prefixes, keep the point in e/f/g
	Zero  bool // '0': pad numbers with zeros after the sign
	Width int  // minimum width, -1 if absent
	Prec  int  // precision, -1 if absent
	Verb  rune // the conversion character
}

// SetStarWidth applies a width taken from the arguments for '*': a
// negative width means left-justify, as in CPython.
func (p *PercentSpec) SetStarWidth(n int) {
	if n < 0 {
		p.Minus = true
		n = -n
	}
	p.Width = n
}

// SetStarPrec applies a precision taken from the arguments for '.*';
// negative precisions count as 0.
func (p *PercentSpec) SetStarPrec(n int) { p.Prec = max(n, 0) }

// PercentInt renders a %d %i %u %o %x or %X conversion of a machine int.
// The caller converts non-int arguments first (int(3.7) for %d, TypeError
// for %x of a float).
func PercentInt(v int, p PercentSpec) (string, error) {
	return percentInteger(intValue{small: v}, p)
}

// PercentBigInt is PercentInt for an arbitrary-precision int.
func PercentBigInt(v *big.Int, p PercentSpec) (string, error) {
	return percentInteger(intValue{big: v}, p)
}

// percentInteger implements CPython's _PyUnicode_FormatLong followed by
// the %-formatting field layout.
func percentInteger(v intValue, p PercentSpec) (string, error) {
	if err := checkWidth(p.Width); err != nil {
		return "", err
	}
	base, prefix := 10, ""
	switch p.Verb {
	case 'o':
		base, prefix = 8, "0o"
	case 'x', 'X':
		base, prefix = 16, "0x"
	}
	digits := v.absText(base)
	if base == 10 && len(digits) > MaxStrDigits {
		return "", errTooManyDigits()
	}
	if p.Prec > len(digits) {
		digits = strings.Repeat("0", p.Prec-len(digits)) + digits
	}
	var b strings.Builder
	if v.negative() {
		b.WriteByte('-')
	}
	if p.Alt && base != 10 {
		b.WriteString(prefix)
	}
	b.WriteString(digits)
	body := b.String()
	if p.Verb == 'X' {
		body = strings.ToUpper(body)
	}
	return percentField(body, p, true), nil
}

// PercentFloat renders a %e %E %f %F %g or %G conversion (precision 6 by
// default).
func PercentFloat(f float64, p PercentSpec) (string, error) {
	if err := checkWidth(p.Width); err != nil {
		return "", err
	}
	prec := p.Prec
	if prec < 0 {
		prec = 6
	}
	if prec > math.MaxInt32 {
		return "", errorf(ValueError, "precision too big")
	}
	body := doubleToString(f, byte(p.Verb), prec, dtoFlags{alt: p.Alt})
	return percentField(body, p, true), nil
}

// PercentChar renders %c of a code point; the caller passes the int
// argument or the code point of a one-character str (and raises
// "%c requires int or char" for anything else). Ints that do not fit an int
// should be passed as -1.
func PercentChar(code int, p PercentSpec) (string, error) {
	if code < 0 || code > 0x10ffff {
		return "", errorf(OverflowError, "%%c arg not in range(0x110000)")
	}
	if err := checkWidth(p.Width); err != nil {
		return "", err
	}
	return percentField(string(rune(code)), p, false), nil
}

// PercentStr renders %s, %r or %a given str(), repr() or ascii() of the
// argument: precision truncates, width pads with spaces.
func PercentStr(s string, p PercentSpec) (string, error) {
	if err := checkWidth(p.Width); err != nil {
		return "", err
	}
	return percentField(s, p, false), nil
}

// percentField lays a converted argument out in its field (CPython's
// unicode_format_arg_output). numeric conversions take a sign, '0' padding
// and, for %#o/%#x/%#X, keep the prefix before zero padding.
func percentField(body string, p PercentSpec, numeric bool) string {
	n := utf8.RuneCountInString(body)
	if !numeric && p.Verb != 'c' && p.Prec >= 0 && n > p.Prec {
		body = truncateRunes(body, p.Prec)
		n = p.Prec
	}
	fill := byte(' ')
	if numeric && p.Zero {
		fill = '0'
	}
	width := p.Width
	var sign byte
	if numeric {
		switch {
		case body[0] == '-' || body[0] == '+':
			sign = body[0]
			body = body[1:]
			n--
		case p.Plus:
			sign = '+'
		case p.Space:
			sign = ' '
		}
	}
	width = max(width, n)
	var b strings.Builder
	b.Grow(width + 1 + len(body))
	if sign != 0 {
		if fill != ' ' {
			b.WriteByte(sign)
		}
		if width > n {
			width--
		}
	}
	altPrefix := numeric && p.Alt && (p.Verb == 'o' || p.Verb == 'x' || p.Verb == 'X')
	if altPrefix {
		if fill != ' ' {
			b.WriteString(body[:2])
			body = body[2:]
		}
		width = max(width-2, 0)
		n -= 2
	}
	if width > n && !p.Minus {
		b.WriteString(strings.Repeat(string(fill), width-n))
		width = n
	}
	if fill == ' ' {
		if sign != 0 {
			b.WriteByte(sign)
		}
		if altPrefix {
			b.WriteString(body[:2])
			body = body[2:]
		}
	}
	b.WriteString(body)
	if width > n {
		b.WriteString(strings.Repeat(" ", width-n))
	}
	return b.String()
}
