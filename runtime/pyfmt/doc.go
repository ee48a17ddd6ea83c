// Package pyfmt implements CPython 3.11's number and string formatting
// primitives over plain Go values (int, *big.Int, float64, string):
//
//   - repr/str of floats (shortest round-trip digits, CPython's switch to
//     exponent notation at 1e16 and below 1e-4);
//   - the format-spec mini-language used by format(), str.format and
//     f-strings (ParseSpec, FormatInt, FormatBigInt, FormatFloat, FormatStr);
//   - the %-formatting conversions (Percent* functions);
//   - hex/oct/bin rendering, round(float, ndigits), and the parsing rules of
//     int(str, base) and float(str).
//
// The package has no dependency on the runtime's object model: failures are
// reported as *Error values that name the Python exception class to raise
// and carry CPython's exact message.
package pyfmt
