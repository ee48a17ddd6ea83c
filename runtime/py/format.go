package py

import (
	"errors"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/asyncgen/asyncgen/runtime/pyfmt"
)

// fmtErr converts a pyfmt error into the Python exception it names.
func fmtErr(err error) *Exc {
	var pe *pyfmt.Error
	if errors.As(err, &pe) {
		cls := map[string]*Class{"ValueError": ValueError, "TypeError": TypeError, "OverflowError": OverflowError}[pe.Kind]
		if cls == nil {
			cls = ValueError
		}
		return NewExc(cls, pe.Msg)
	}
	return NewExc(ValueError, err.Error())
}

// Format is format(o, spec): the format-spec mini-language for numbers and
// strings, __format__ for user objects, str(o) for an empty spec.
func Format(o Object, spec string) (string, *Exc) {
	switch v := o.(type) {
	case int, *big.Int, float64, string, bool:
		s, err := pyfmt.Format(v, spec)
		if err != nil {
			return "", fmtErr(err)
		}
		return s, nil
	case *Instance:
		if r, found, e := callDunder(v, "__format__", spec); found {
			return strResult(r, e, "__format__")
		}
	}
	if spec == "" {
		return StrE(o)
	}
	return "", Errorf(TypeError, "unsupported format string passed to %s.__format__", TypeName(o))
}

// FormatValue is one f-string replacement field: conversion is 0, 'r',
// 's' or 'a'.
func FormatValue(o Object, conversion byte, spec string) (string, *Exc) {
	switch conversion {
	case 'r':
		s, e := ReprE(o)
		if e != nil {
			return "", e
		}
		o = s
	case 's':
		s, e := StrE(o)
		if e != nil {
			return "", e
		}
		o = s
	case 'a':
		s, e := Ascii(o)
		if e != nil {
			return "", e
		}
		o = s
	}
	if s, ok := o.(string); ok && spec == "" {
		return s, nil
	}
	if _, user := o.(*Instance); spec == "" && !user {
		return StrE(o)
	}
	return Format(o, spec) // a class's __format__ is called even with no spec
}

// StrFormat is fmtStr.format(*args, **kwargs).
func StrFormat(fmtStr string, args []Object, kw []Kwarg) (string, *Exc) {
	var b strings.Builder
	auto := 0 // 0 unknown, 1 automatic, 2 manual
	next := 0
	for i := 0; i < len(fmtStr); {
		c := fmtStr[i]
		if c == '}' {
			if i+1 < len(fmtStr) && fmtStr[i+1] == '}' {
				b.WriteByte('}')
				i += 2
				continue
			}
			return "", Errorf(ValueError, "Single '}' encountered in format string")
		}
		if c != '{' {
			b.WriteByte(c)
			i++
			continue
		}
		if i+1 < len(fmtStr) && fmtStr[i+1] == '{' {
			b.WriteByte('{')
			i += 2
			continue
		}
		// Find the matching close brace, allowing nesting in the spec.
		depth, j := 1, i+1
		for ; j < len(fmtStr); j++ {
			if fmtStr[j] == '{' {
				depth++
			} else if fmtStr[j] == '}' {
				depth--
				if depth == 0 {
					break
				}
			}
		}
		if j >= len(fmtStr) {
			if depth > 1 {
				return "", Errorf(ValueError, "unexpected '{' in field name")
			}
			return "", Errorf(ValueError, "Single '{' encountered in format string")
		}
		field := fmtStr[i+1 : j]
		i = j + 1
		name, conv, spec := field, byte(0), ""
		if k := strings.IndexByte(name, ':'); k >= 0 {
			name, spec = name[:k], name[k+1:]
		}
		if k := strings.IndexByte(name, '!'); k >= 0 {
			if k+2 != len(name) {
				return "", Errorf(ValueError, "expected ':' after conversion specifier")
			}
			conv = name[k+1]
			if conv != 'r' && conv != 's' && conv != 'a' {
				return "", Errorf(ValueError, "Unknown conversion specifier %s", string(conv))
			}
			name = name[:k]
		}
		if strings.Contains(spec, "{") {
			s, e := StrFormat(spec, args, kw)
			if e != nil {
				return "", e
			}
			spec = s
		}
		// Split the first name from .attr / [key] accessors.
		end := strings.IndexAny(name, ".[")
		first, rest := name, ""
		if end >= 0 {
			first, rest = name[:end], name[end:]
		}
		var v Object
		if first == "" {
			if auto == 2 {
				return "", Errorf(ValueError, "cannot switch from manual field specification to automatic field numbering")
			}
			auto = 1
			if next >= len(args) {
				return "", Errorf(IndexError, "Replacement index %d out of range for positional args tuple", next)
			}
			v = args[next]
			next++
		} else if n, err := strconv.Atoi(first); err == nil {
			if auto == 1 {
				return "", Errorf(ValueError, "cannot switch from automatic field numbering to manual field specification")
			}
			auto = 2
			if n >= len(args) {
				return "", Errorf(IndexError, "Replacement index %d out of range for positional args tuple", n)
			}
			v = args[n]
		} else {
			found := false
			for _, k := range kw {
				if k.Name == first {
					v, found = k.Value, true
				}
			}
			if !found {
				return "", NewExc(KeyError, first)
			}
		}
		for rest != "" {
			if rest[0] == '.' {
				k := strings.IndexAny(rest[1:], ".[")
				attr := rest[1:]
				if k >= 0 {
					attr, rest = rest[1:k+1], rest[k+1:]
				} else {
					rest = ""
				}
				var e *Exc
				if v, e = GetAttr(v, attr); e != nil {
					return "", e
				}
				continue
			}
			k := strings.IndexByte(rest, ']')
			if k < 0 {
				return "", Errorf(ValueError, "Missing ']' in format string")
			}
			key := rest[1:k]
			rest = rest[k+1:]
			var idx Object = key
			if n, err := strconv.Atoi(key); err == nil {
				idx = n
			}
			var e *Exc
			if v, e = GetItem(v, idx); e != nil {
				return "", e
			}
		}
		s, e := FormatValue(v, conv, spec)
		if e != nil {
			return "", e
		}
		b.WriteString(s)
	}
	return b.String(), nil
}

// PercentFormat is fmtStr % args.
func PercentFormat(fmtStr string, args Object) (Object, *Exc) {
	var items []Object
	var mapping Object
	switch v := args.(type) {
	case Tuple:
		items = v
	case *Dict:
		mapping = v
		items = []Object{v}
	default:
		items = []Object{args}
	}
	if _, ok := args.(*Instance); ok {
		if _, has := classOf(args).Lookup("__getitem__"); has {
			mapping = args
		}
	}
	var b strings.Builder
	next := 0
	for i := 0; i < len(fmtStr); {
		c := fmtStr[i]
		if c != '%' {
			j := strings.IndexByte(fmtStr[i:], '%')
			if j < 0 {
				b.WriteString(fmtStr[i:])
				break
			}
			b.WriteString(fmtStr[i : i+j])
			i += j
			continue
		}
		i++
		if i >= len(fmtStr) {
			return nil, Errorf(ValueError, "incomplete format")
		}
		var arg Object
		haveArg := false
		if fmtStr[i] == '(' {
			if mapping == nil {
				return nil, Errorf(TypeError, "format requires a mapping")
			}
			depth, j := 1, i+1
			for ; j < len(fmtStr) && depth > 0; j++ {
				if fmtStr[j] == '(' {
					depth++
				} else if fmtStr[j] == ')' {
					depth--
				}
			}
			if depth > 0 {
				return nil, Errorf(ValueError, "incomplete format key")
			}
			key := fmtStr[i+1 : j-1]
			v, e := GetItem(mapping, key)
			if e != nil {
				return nil, e
			}
			arg, haveArg = v, true
			i = j
		}
		flags := ""
		for i < len(fmtStr) && strings.IndexByte("-+ #0", fmtStr[i]) >= 0 {
			flags += fmtStr[i : i+1]
			i++
		}
		takeNum := func() (int, bool, *Exc) {
			if i < len(fmtStr) && fmtStr[i] == '*' {
				i++
				if next >= len(items) {
					return 0, false, Errorf(TypeError, "not enough arguments for format string")
				}
				n, ok := items[next].(int)
				next++
				if !ok {
					return 0, false, Errorf(TypeError, "* wants int")
				}
				return n, true, nil
			}
			j := i
			for i < len(fmtStr) && fmtStr[i] >= '0' && fmtStr[i] <= '9' {
				i++
			}
			if j == i {
				return 0, false, nil
			}
			n, _ := strconv.Atoi(fmtStr[j:i])
			return n, true, nil
		}
		width, hasWidth, e := takeNum()
		if e != nil {
			return nil, e
		}
		prec, hasPrec := 0, false
		if i < len(fmtStr) && fmtStr[i] == '.' {
			i++
			prec, _, e = takeNum()
			if e != nil {
				return nil, e
			}
			hasPrec = true
		}
		for i < len(fmtStr) && strings.IndexByte("hlL", fmtStr[i]) >= 0 {
			i++
		}
		if i >= len(fmtStr) {
			return nil, Errorf(ValueError, "incomplete format")
		}
		conv := fmtStr[i]
		i++
		if conv == '%' {
			b.WriteByte('%')
			continue
		}
		if !haveArg {
			if next >= len(items) {
				return nil, Errorf(TypeError, "not enough arguments for format string")
			}
			arg = items[next]
			next++
		}
		s, e := percentOne(conv, flags, width, hasWidth, prec, hasPrec, arg)
		if e != nil {
			return nil, e
		}
		b.WriteString(s)
	}
	if mapping == nil && next < len(items) {
		return nil, Errorf(TypeError, "not all arguments converted during string formatting")
	}
	return b.String(), nil
}

// percentOne renders one %-conversion by translating it into a format
// spec for pyfmt.
func percentOne(conv byte, flags string, width int, hasWidth bool, prec int, hasPrec bool, arg Object) (string, *Exc) {
	left := strings.Contains(flags, "-")
	var spec strings.Builder
	align := byte('>')
	if left {
		align = '<'
	}
	numeric := func(t byte) string {
		if !left && strings.Contains(flags, "0") {
			// zero padding after the sign
		} else {
			spec.WriteByte(align)
		}
		if strings.Contains(flags, "+") {
			spec.WriteByte('+')
		} else if strings.Contains(flags, " ") {
			spec.WriteByte(' ')
		}
		if strings.Contains(flags, "#") {
			spec.WriteByte('#')
		}
		if !left && strings.Contains(flags, "0") {
			spec.WriteByte('0')
		}
		if hasWidth {
			spec.WriteString(strconv.Itoa(width))
		}
		if hasPrec && strings.IndexByte("eEfFgG", t) >= 0 {
			spec.WriteByte('.')
			spec.WriteString(strconv.Itoa(prec))
		}
		spec.WriteByte(t)
		return spec.String()
	}
	switch conv {
	case 's', 'r', 'a':
		var s string
		var e *Exc
		switch conv {
		case 's':
			s, e = StrE(arg)
		case 'r':
			s, e = ReprE(arg)
		default:
			s, e = Ascii(arg)
		}
		if e != nil {
			return "", e
		}
		if hasPrec {
			if r := []rune(s); len(r) > prec {
				s = string(r[:prec])
			}
		}
		if hasWidth {
			s = StrPad(s, width, " ", align)
		}
		return s, nil
	case 'c':
		var s string
		switch v := arg.(type) {
		case string:
			if utf8.RuneCountInString(v) != 1 {
				return "", Errorf(TypeError, "%%c requires int or char")
			}
			s = v
		case int:
			s = string(rune(v))
		default:
			return "", Errorf(TypeError, "%%c requires int or char")
		}
		if hasWidth {
			s = StrPad(s, width, " ", align)
		}
		return s, nil
	case 'd', 'i', 'u', 'x', 'X', 'o':
		v := arg
		if !isIntLike(v) {
			if f, ok := v.(float64); ok && (conv == 'd' || conv == 'i' || conv == 'u') {
				n, e := IntFromFloat(f)
				if e != nil {
					return "", e
				}
				v = n
			} else if conv == 'd' || conv == 'i' || conv == 'u' {
				return "", Errorf(TypeError, "%%%c format: a real number is required, not %s", conv, TypeName(arg))
			} else {
				return "", Errorf(TypeError, "%%%c format: an integer is required, not %s", conv, TypeName(arg))
			}
		}
		if b, ok := v.(bool); ok {
			v = 0
			if b {
				v = 1
			}
		}
		t := conv
		if t == 'i' || t == 'u' {
			t = 'd'
		}
		s, e := Format(v, numeric(t))
		if e != nil {
			return "", e
		}
		if hasPrec {
			s = percentIntPrecision(s, prec)
		}
		return s, nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		f, ok, e := toFloat(arg)
		if e != nil {
			return "", e
		}
		if !ok {
			return "", Errorf(TypeError, "must be real number, not %s", TypeName(arg))
		}
		if !hasPrec {
			hasPrec, prec = true, 6
		}
		return Format(f, numeric(conv))
	}
	return "", Errorf(ValueError, "unsupported format character '%c' (0x%x) at index", conv, conv)
}

// percentIntPrecision applies "%.Nd": at least N digits.
func percentIntPrecision(s string, prec int) string {
	t := strings.TrimLeft(s, " ")
	lead := s[:len(s)-len(t)]
	sign := ""
	if t != "" && (t[0] == '-' || t[0] == '+' || t[0] == ' ') {
		sign, t = t[:1], t[1:]
	}
	if len(t) < prec {
		t = strings.Repeat("0", prec-len(t)) + t
	}
	out := sign + t
	if len(lead) > 0 && len(out) < len(s) {
		out = strings.Repeat(" ", len(s)-len(out)) + out
	}
	return out
}
