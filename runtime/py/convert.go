package py

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// IntFromString is int(s, base) with CPython's syntax: surrounding
// whitespace, a sign, an optional 0x/0o/0b prefix (required to match
// base, or selecting it when base is 0) and single underscores between
// digits.
func IntFromString(s string, base int) (Object, *Exc) {
	if base != 0 && (base < 2 || base > 36) {
		return nil, Errorf(ValueError, "int() base must be >= 2 and <= 36, or 0")
	}
	bad := func() (Object, *Exc) {
		return nil, Errorf(ValueError, "invalid literal for int() with base %d: %s", base, ReprString(s))
	}
	t := strings.TrimFunc(s, isPySpace)
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	b := base
	if len(t) >= 2 && t[0] == '0' {
		p := t[1] | 0x20
		if (p == 'x' && (b == 16 || b == 0)) || (p == 'o' && (b == 8 || b == 0)) || (p == 'b' && (b == 2 || b == 0)) {
			b = map[byte]int{'x': 16, 'o': 8, 'b': 2}[p]
			t = t[2:]
			if strings.HasPrefix(t, "_") {
				t = t[1:]
			}
		}
	}
	if b == 0 {
		b = 10
		if len(t) > 1 && t[0] == '0' && strings.Trim(t, "0_") != "" {
			return bad()
		}
	}
	if t == "" || t[0] == '_' || t[len(t)-1] == '_' || strings.Contains(t, "__") {
		return bad()
	}
	digits := strings.ReplaceAll(t, "_", "")
	for _, r := range digits {
		d := digitValue(r)
		if d < 0 || d >= b {
			return bad()
		}
	}
	if len(digits) > 4300 && b != 2 && b != 4 && b != 8 && b != 16 && b != 32 {
		return nil, Errorf(ValueError, "Exceeds the limit (4300 digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", len(digits))
	}
	if len(digits) <= 18 && b == 10 {
		n, err := strconv.ParseInt(digits, 10, 64)
		if err == nil {
			if neg {
				n = -n
			}
			return int(n), nil
		}
	}
	v, ok := new(big.Int).SetString(asciiDigits(digits), b)
	if !ok {
		return bad()
	}
	if neg {
		v.Neg(v)
	}
	return normBig(v), nil
}

func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 'a' && r <= 'z':
		return int(r-'a') + 10
	case r >= 'A' && r <= 'Z':
		return int(r-'A') + 10
	}
	if isDecimalRune(r) {
		return decimalRuneValue(r)
	}
	return -1
}

// decimalRuneValue returns the value of a Unicode decimal digit (Nd):
// digits come in contiguous runs of ten starting at a zero.
func decimalRuneValue(r rune) int {
	for z := r; z >= r-9; z-- {
		if !isDecimalRune(z - 1) {
			return int(r-z) % 10
		}
	}
	return int(r) % 10
}

func asciiDigits(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		d := digitValue(r)
		if d < 10 {
			b.WriteByte(byte('0' + d))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// FloatFromString is float(s).
func FloatFromString(s string) (float64, *Exc) {
	bad := func() (float64, *Exc) {
		return 0, Errorf(ValueError, "could not convert string to float: %s", ReprString(s))
	}
	t := strings.TrimFunc(s, isPySpace)
	body := strings.TrimLeft(t, "+-")
	if len(t)-len(body) > 1 {
		return bad()
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if strings.HasPrefix(t, "-") {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	case "nan":
		return math.NaN(), nil
	}
	if body == "" || strings.ContainsAny(body, "xXpP") || strings.HasPrefix(body, "_") || strings.HasSuffix(body, "_") || strings.Contains(body, "__") {
		return bad()
	}
	for _, r := range body {
		if !(r >= '0' && r <= '9' || r == '.' || r == 'e' || r == 'E' || r == '+' || r == '-' || r == '_') {
			return bad()
		}
	}
	for i := 0; i < len(body); i++ {
		if body[i] == '_' && !(i > 0 && isDig(body[i-1]) && i+1 < len(body) && isDig(body[i+1])) {
			return bad()
		}
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(t, "_", ""), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, nil
		}
		return bad()
	}
	return f, nil
}

func isDig(c byte) bool { return c >= '0' && c <= '9' }

// ToInt is int(o) for one argument.
func ToInt(o Object) (Object, *Exc) {
	switch v := o.(type) {
	case int, *big.Int:
		return v, nil
	case bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case float64:
		return IntFromFloat(v)
	case string:
		return IntFromString(v, 10)
	case Bytes:
		return IntFromString(string(v), 10)
	case *Instance:
		if r, found, e := callDunder(v, "__int__"); found {
			return r, e
		}
		if r, found, e := callDunder(v, "__index__"); found {
			return r, e
		}
	}
	return nil, Errorf(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(o))
}

// ToFloat is float(o).
func ToFloat(o Object) (float64, *Exc) {
	switch v := o.(type) {
	case string:
		return FloatFromString(v)
	case *Instance:
		if r, found, e := callDunder(v, "__float__"); found {
			if e != nil {
				return 0, e
			}
			f, ok := r.(float64)
			if !ok {
				return 0, Errorf(TypeError, "%s.__float__ returned non-float (type %s)", v.Class.Name, TypeName(r))
			}
			return f, nil
		}
	}
	f, ok, e := toFloat(o)
	if e != nil {
		return 0, e
	}
	if !ok {
		return 0, Errorf(TypeError, "float() argument must be a string or a real number, not '%s'", TypeName(o))
	}
	return f, nil
}
