package pyfmt

import (
	"math"
	"math/big"
	"strconv"
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

// PercentDirective is one parsed conversion of a %-format string.
type PercentDirective struct {
	PercentSpec
	Literal   bool   // the directive is "%%": write one '%', take no argument
	Key       string // the mapping key of "%(key)s"
	HasKey    bool   // the directive has a mapping key
	WidthStar bool   // the width is '*': take it from the arguments (SetStarWidth)
	PrecStar  bool   // the precision is '*': take it from the arguments (SetStarPrec)
	Index     int    // code-point index of the conversion character
}

// ParsePercent parses the conversion that starts at format[pos], the
// character after a '%', and returns it with the index just past it.
//
// "%%" is Literal. Everything else takes arguments, in CPython's order:
// the width if WidthStar, the precision if PrecStar, then the value (from
// the mapping when HasKey). Conversion characters are not validated here:
// CPython rejects an unknown one (a '%' after flags or a key included)
// only after taking its argument, with UnsupportedPercent(Verb, Index).
func ParsePercent(format []rune, pos int) (PercentDirective, int, error) {
	d := PercentDirective{PercentSpec: PercentSpec{Width: -1, Prec: -1}}
	end := len(format)
	if pos < end && format[pos] == '%' {
		d.Literal, d.Verb, d.Index = true, '%', pos
		return d, pos + 1, nil
	}
	if pos < end && format[pos] == '(' {
		depth, start := 1, pos+1
		pos++
		for pos < end && depth > 0 {
			switch format[pos] {
			case '(':
				depth++
			case ')':
				depth--
			}
			pos++
		}
		if depth > 0 {
			return d, pos, errorf(ValueError, "incomplete format key")
		}
		d.Key, d.HasKey = string(format[start:pos-1]), true
	}
flags:
	for ; pos < end; pos++ {
		switch format[pos] {
		case '-':
			d.Minus = true
		case '+':
			d.Plus = true
		case ' ':
			d.Space = true
		case '#':
			d.Alt = true
		case '0':
			d.Zero = true
		default:
			break flags
		}
	}
	if pos < end && format[pos] == '*' {
		d.WidthStar = true
		pos++
	} else if pos < end && isASCIIDigit(format[pos]) {
		n, next, ok := parsePercentNumber(format, pos, math.MaxInt64)
		if !ok {
			return d, next, errorf(ValueError, "width too big")
		}
		d.Width, pos = n, next
	}
	if pos < end && format[pos] == '.' {
		d.Prec = 0
		pos++
		if pos < end && format[pos] == '*' {
			d.PrecStar = true
			pos++
		} else if pos < end && isASCIIDigit(format[pos]) {
			n, next, ok := parsePercentNumber(format, pos, math.MaxInt32)
			if !ok {
				return d, next, errorf(ValueError, "precision too big")
			}
			d.Prec, pos = n, next
		}
	}
	if pos < end && (format[pos] == 'h' || format[pos] == 'l' || format[pos] == 'L') {
		pos++
	}
	if pos >= end {
		return d, pos, errorf(ValueError, "incomplete format")
	}
	d.Verb, d.Index = format[pos], pos
	return d, pos + 1, nil
}

// UnsupportedPercent is CPython's error for an unknown conversion
// character at a code-point index of the format string.
func UnsupportedPercent(verb rune, index int) error {
	shown := verb
	if verb < 31 || verb > 126 {
		shown = '?'
	}
	return errorf(ValueError, "unsupported format character '%c' (0x%x) at index %d", shown, verb, index)
}

// parsePercentNumber reads decimal digits at pos, failing past limit.
func parsePercentNumber(format []rune, pos int, limit int) (int, int, bool) {
	n := 0
	for ; pos < len(format) && isASCIIDigit(format[pos]); pos++ {
		d := int(format[pos] - '0')
		if n > (limit-d)/10 {
			return 0, pos, false
		}
		n = n*10 + d
	}
	return n, pos, true
}

// isASCIIDigit reports whether r is '0'…'9'.
func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

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
