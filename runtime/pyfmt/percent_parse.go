package pyfmt

import "math"

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
