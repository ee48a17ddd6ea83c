package pyfmt

import (
	"math"
	"strconv"
	"strings"
)

// dtoFlags are the options of doubleToString, CPython's Py_DTSF_* flags.
type dtoFlags struct {
	sign    bool // always write a sign ('+' for non-negative values)
	addDot0 bool // integral fixed-notation results keep a ".0"
	alt     bool // '#': keep the decimal point, keep trailing zeros for 'g'
	noNeg0  bool // 'z': a result that rounds to zero drops its '-'
}

// doubleToString renders f the way CPython's PyOS_double_to_string does.
// code is one of 'e' 'E' 'f' 'F' 'g' 'G' or 'r' (shortest repr digits;
// precision is then ignored).
func doubleToString(f float64, code byte, precision int, fl dtoFlags) string {
	upper := code == 'E' || code == 'F' || code == 'G'
	if upper {
		code += 'a' - 'A'
	}
	neg := math.Signbit(f)
	var b strings.Builder
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if math.IsNaN(f) {
			neg = false
		}
		writeSign(&b, neg, fl.sign)
		word := "inf"
		if math.IsNaN(f) {
			word = "nan"
		}
		if upper {
			word = strings.ToUpper(word)
		}
		b.WriteString(word)
		return b.String()
	}

	var d decimal
	switch code {
	case 'e':
		precision++
		d = significantDigits(f, precision)
	case 'f':
		d = fixedDigits(f, precision)
	case 'g':
		if precision == 0 {
			precision = 1
		}
		d = significantDigits(f, precision)
	default: // 'r'
		d = shortestDigits(f)
	}
	if fl.noNeg0 && neg && (d.digits == "" || d.digits == "0") {
		neg = false
	}

	// The output is a window [vstart, vend) of the digit string padded
	// with zeros on both sides, with the decimal point after position
	// decpt; see the comments in CPython's format_float_short.
	decpt, ndigits := d.decpt, len(d.digits)
	vend := ndigits
	useExp := false
	switch code {
	case 'e':
		useExp = true
		vend = precision
	case 'f':
		vend = decpt + precision
	case 'g':
		limit := precision
		if fl.addDot0 {
			limit--
		}
		useExp = decpt <= -4 || decpt > limit
		if fl.alt {
			vend = precision
		}
	default:
		useExp = decpt <= -4 || decpt > 16
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vstart := 0
	if decpt <= 0 {
		vstart = decpt - 1
	}
	if !useExp && fl.addDot0 {
		vend = max(vend, decpt+1)
	} else {
		vend = max(vend, decpt)
	}

	writeSign(&b, neg, fl.sign)
	if decpt <= 0 {
		b.WriteString(strings.Repeat("0", decpt-vstart))
		b.WriteByte('.')
		b.WriteString(strings.Repeat("0", -decpt))
	} else {
		b.WriteString(strings.Repeat("0", -vstart))
	}
	if 0 < decpt && decpt <= ndigits {
		b.WriteString(d.digits[:decpt])
		b.WriteByte('.')
		b.WriteString(d.digits[decpt:])
	} else {
		b.WriteString(d.digits)
	}
	if ndigits < decpt {
		b.WriteString(strings.Repeat("0", decpt-ndigits))
		b.WriteByte('.')
		b.WriteString(strings.Repeat("0", vend-decpt))
	} else {
		b.WriteString(strings.Repeat("0", vend-ndigits))
	}
	s := b.String()
	if strings.HasSuffix(s, ".") && !fl.alt {
		s = s[:len(s)-1]
	}
	if useExp {
		e := byte('e')
		if upper {
			e = 'E'
		}
		s += string(e) + expString(exp)
	}
	return s
}

// writeSign writes '-' for negative values and '+' for the others when
// always is set.
func writeSign(b *strings.Builder, neg, always bool) {
	if neg {
		b.WriteByte('-')
	} else if always {
		b.WriteByte('+')
	}
}

// expString renders an exponent as C's "%+.02d": a sign and at least two
// digits.
func expString(exp int) string {
	sign := "+"
	if exp < 0 {
		sign = "-"
		exp = -exp
	}
	s := strconv.Itoa(exp)
	if len(s) < 2 {
		s = "0" + s
	}
	return sign + s
}
