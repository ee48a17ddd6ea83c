package pyfmt

// FloatRepr returns CPython's repr(f): the shortest digit string that
// round-trips, in fixed notation when the decimal exponent is in [-4, 16)
// (always with a fractional part, as in "3.0" and "-0.0"), otherwise in
// scientific notation with a signed exponent of at least two digits
// ("1e+16", "1e-05", "1.5e+300"); and "inf", "-inf", "nan".
func FloatRepr(f float64) string {
	return doubleToString(f, 'r', 0, dtoFlags{addDot0: true})
}

// FloatStr returns CPython's str(f), which in Python 3 equals repr(f).
func FloatStr(f float64) string { return FloatRepr(f) }
