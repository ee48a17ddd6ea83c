package pyfmt

import "math"

// FormatFloat implements float.__format__. The spec must come from
// ParseSpec with defType 0 and defAlign '>'.
func FormatFloat(f float64, s Spec) (string, error) {
	if s.IsEmpty() {
		return FloatStr(f), nil
	}
	switch s.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
		if err := checkWidth(s.Width); err != nil {
			return "", err
		}
		return formatFloat(f, s)
	}
	return "", unknownType(s.Type, s.typeName)
}

// formatFloat renders a float with a float presentation type (CPython's
// format_float_internal).
func formatFloat(f float64, s Spec) (string, error) {
	if s.Precision > math.MaxInt32 {
		return "", errorf(ValueError, "precision too big")
	}
	fl := dtoFlags{alt: s.Alternate, noNeg0: s.NoNegZero}
	typ, prec, defPrec := s.Type, s.Precision, 6
	switch typ {
	case 0:
		fl.addDot0 = true
		typ, defPrec = 'r', 0
	case 'n':
		typ = 'g'
	case '%':
		typ = 'f'
		f *= 100
	}
	if prec < 0 {
		prec = defPrec
	} else if typ == 'r' {
		typ = 'g'
	}
	out := doubleToString(f, byte(typ), prec, fl)
	if s.Type == '%' {
		out += "%"
	}
	return layoutNumber(splitNumber(out), s), nil
}
