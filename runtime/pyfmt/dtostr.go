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

	var buf [32]byte
	var d decimal
	switch code {
	case 'e':
		precision++
		d = significantDigits(buf[:], f, precision)
	case 'f':
		d = fixedDigits(buf[:], f, precision)
	case 'g':
		if precision == 0 {
			precision = 1
		}
		d = significantDigits(buf[:], f, precision)
	default: // 'r'
		d = shortestDigits(buf[:], f)
	}
	if fl.noNeg0 && neg && (len(d.digits) == 0 || string(d.digits) == "0") {
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

	out := make([]byte, 0, vend-vstart+8)
	if neg {
		out = append(out, '-')
	} else if fl.sign {
		out = append(out, '+')
	}
	if decpt <= 0 {
		out = appendZeros(out, decpt-vstart)
		out = append(out, '.')
		out = appendZeros(out, -decpt)
	} else {
		out = appendZeros(out, -vstart)
	}
	if 0 < decpt && decpt <= ndigits {
		out = append(out, d.digits[:decpt]...)
		out = append(out, '.')
		out = append(out, d.digits[decpt:]...)
	} else {
		out = append(out, d.digits...)
	}
	if ndigits < decpt {
		out = appendZeros(out, decpt-ndigits)
		out = append(out, '.')
		out = appendZeros(out, vend-decpt)
	} else {
		out = appendZeros(out, vend-ndigits)
	}
	if out[len(out)-1] == '.' && !fl.alt {
		out = out[:len(out)-1]
	}
	if useExp {
		if upper {
			out = append(out, 'E')
		} else {
			out = append(out, 'e')
		}
		if exp < 0 {
			out = append(out, '-')
			exp = -exp
		} else {
			out = append(out, '+')
		}
		if exp < 10 {
			out = append(out, '0')
		}
		out = strconv.AppendInt(out, int64(exp), 10)
	}
	return string(out)
}

// appendZeros appends n '0' bytes (none when n ≤ 0).
func appendZeros(b []byte, n int) []byte {
	for range n {
		b = append(b, '0')
	}
	return b
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
