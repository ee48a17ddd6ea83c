package ast

import (
	"fmt"
	"github.com/asyncgen/asyncgen/runtime/pyfmt"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// ConstantRepr returns Python's repr of a Constant's Value.
func ConstantRepr(v any) string {
	switch v := v.(type) {
	case None:
		return "None"
	case Ellipsis:
		return "Ellipsis"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int:
		return strconv.Itoa(v)
	case *big.Int:
		return v.String()
	case float64:
		return FloatRepr(v)
	case complex128:
		return complexRepr(v)
	case string:
		return StrRepr(v)
	case []byte:
		return BytesRepr(v)
	}
	return fmt.Sprintf("<unexpected constant %T>", v)
}

// FloatRepr returns Python's repr of a float: the shortest digits that
// round-trip, in fixed notation for exponents from -4 to 15 and with a ".0"
// when integral.
func FloatRepr(f float64) string {
	return formatFloat(f, true)
}

func formatFloat(f float64, addDot bool) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64) // [-]d[.ddd]e±XX
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	mant, expStr, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expStr)
	digits := strings.Replace(mant, ".", "", 1)
	decpt := exp + 1
	if decpt <= -4 || decpt > 16 {
		m := digits[:1]
		if len(digits) > 1 {
			m += "." + digits[1:]
		}
		es := "+"
		if exp < 0 {
			es, exp = "-", -exp
		}
		return fmt.Sprintf("%s%se%s%02d", sign, m, es, exp)
	}
	var out string
	switch {
	case decpt <= 0:
		out = "0." + strings.Repeat("0", -decpt) + digits
	case decpt >= len(digits):
		out = digits + strings.Repeat("0", decpt-len(digits))
		if addDot {
			out += ".0"
		}
	default:
		out = digits[:decpt] + "." + digits[decpt:]
	}
	return sign + out
}

func complexRepr(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return formatFloat(im, false) + "j"
	}
	ims := formatFloat(im, false)
	if !strings.HasPrefix(ims, "-") {
		ims = "+" + ims
	}
	return "(" + formatFloat(re, false) + ims + "j)"
}

// StrRepr returns Python's repr of a str (given in UTF-8, with lone
// surrogates in WTF-8).
func StrRepr(s string) string { return pyfmt.StrRepr(s) }

// BytesRepr returns Python's repr of a bytes value.
func BytesRepr(s []byte) string { return pyfmt.BytesRepr(string(s)) }
