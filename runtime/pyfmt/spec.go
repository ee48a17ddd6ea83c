package pyfmt

import (
	"fmt"
	"math"
)

// Grouping is the digit-grouping option of a format spec.
type Grouping uint8

// Grouping options: none, ',' every three digits, '_' every three digits
// (decimal types), '_' every four digits (types b, o, x and X).
const (
	NoGrouping Grouping = iota
	CommaGrouping
	UnderscoreGrouping
	UnderscoreFourGrouping
)

// Spec is a parsed format spec:
//
//	[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// Width and Precision are -1 when absent. Type is 0 when absent and the
// parse did not supply a default (ParseSpec's defType). Build a Spec with
// ParseSpec: the formatters rely on its defaults and keep its text and
// type name for their error messages. A Spec is immutable and may be
// parsed once and reused (for a constant f-string spec, say).
type Spec struct {
	Fill      rune     // padding character, ' ' by default
	Align     rune     // '<', '>', '^' or '='; the type's default when not given
	Sign      rune     // '+', '-', ' ', or 0 when not given
	NoNegZero bool     // 'z': coerce negative zero results to positive zero
	Alternate bool     // '#'
	Width     int      // minimum field width, -1 if absent
	Grouping  Grouping // thousands separator
	Precision int      // -1 if absent
	Type      rune     // presentation type, 0 for none

	spec     string // the spec text, for error messages
	typeName string // the formatted object's type, for error messages
	empty    bool   // the spec text was empty: format(x, "") is str(x)
}

// ParseSpec parses a format spec the way CPython parses it for an object
// of type typeName ("int", "float", "str", or a class name: it only appears
// in error messages). defType is the presentation type used when the spec
// names none (CPython passes 'd' for int, 's' for str, 0 for float);
// defAlign is the default alignment ('>' for numbers, '<' for strings).
// An empty spec parses to a Spec whose IsEmpty reports true: format(x, "")
// is str(x) for every built-in type.
func ParseSpec(spec, typeName string, defType, defAlign rune) (Spec, error) {
	s := Spec{Fill: ' ', Align: defAlign, Width: -1, Precision: -1, Type: defType, spec: spec, typeName: typeName, empty: spec == ""}
	rs := []rune(spec)
	pos, end := 0, len(rs)
	fillGiven, alignGiven := false, false

	if end-pos >= 2 && isAlign(rs[pos+1]) {
		s.Fill, s.Align = rs[pos], rs[pos+1]
		fillGiven, alignGiven = true, true
		pos += 2
	} else if end-pos >= 1 && isAlign(rs[pos]) {
		s.Align = rs[pos]
		alignGiven = true
		pos++
	}
	if pos < end && (rs[pos] == '+' || rs[pos] == '-' || rs[pos] == ' ') {
		s.Sign = rs[pos]
		pos++
	}
	if pos < end && rs[pos] == 'z' {
		s.NoNegZero = true
		pos++
	}
	if pos < end && rs[pos] == '#' {
		s.Alternate = true
		pos++
	}
	if !fillGiven && pos < end && rs[pos] == '0' {
		s.Fill = '0'
		if !alignGiven && defAlign == '>' {
			s.Align = '='
		}
		pos++
	}
	var n int
	var err error
	if n, pos, err = parseCount(rs, pos); err != nil {
		return Spec{}, err
	}
	s.Width = n
	if pos < end && rs[pos] == ',' {
		s.Grouping = CommaGrouping
		pos++
	}
	if pos < end && rs[pos] == '_' {
		if s.Grouping != NoGrouping {
			return Spec{}, errorf(ValueError, "Cannot specify both ',' and '_'.")
		}
		s.Grouping = UnderscoreGrouping
		pos++
	}
	if pos < end && rs[pos] == ',' && s.Grouping == UnderscoreGrouping {
		return Spec{}, errorf(ValueError, "Cannot specify both ',' and '_'.")
	}
	if pos < end && rs[pos] == '.' {
		pos++
		start := pos
		if n, pos, err = parseCount(rs, pos); err != nil {
			return Spec{}, err
		}
		if pos == start {
			return Spec{}, errorf(ValueError, "Format specifier missing precision")
		}
		s.Precision = n
	}
	if end-pos > 1 {
		return Spec{}, errorf(ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if end-pos == 1 {
		s.Type = rs[pos]
	}
	if s.Grouping != NoGrouping {
		switch s.Type {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if s.Grouping == UnderscoreGrouping {
				s.Grouping = UnderscoreFourGrouping
				break
			}
			return Spec{}, badSeparator(s.Grouping, s.Type)
		default:
			return Spec{}, badSeparator(s.Grouping, s.Type)
		}
	}
	return s, nil
}

// IsEmpty reports whether the spec text was empty.
func (s Spec) IsEmpty() bool { return s.empty }

// String returns the spec text that was parsed.
func (s Spec) String() string { return s.spec }

// isAlign reports whether r is an alignment character.
func isAlign(r rune) bool { return r == '<' || r == '>' || r == '^' || r == '=' }

// parseCount reads a run of decimal digits (any Unicode decimal digits,
// as CPython accepts) at pos. It returns -1 and pos unchanged when there
// are none, and CPython's error when the number does not fit a Py_ssize_t.
func parseCount(rs []rune, pos int) (int, int, error) {
	n, start := 0, pos
	for ; pos < len(rs); pos++ {
		d := unicodeDecimal(rs[pos])
		if d < 0 {
			break
		}
		if n > (math.MaxInt64-d)/10 {
			return 0, pos, errorf(ValueError, "Too many decimal digits in format string")
		}
		n = n*10 + d
	}
	if pos == start {
		return -1, pos, nil
	}
	return n, pos, nil
}

// badSeparator is CPython's error for a separator the type does not take.
func badSeparator(g Grouping, typ rune) error {
	sep := ','
	if g != CommaGrouping {
		sep = '_'
	}
	return errorf(ValueError, "Cannot specify '%c' with %s.", sep, quoteType(typ))
}

// quoteType renders a presentation type for an error message: printable
// ASCII as 'c', anything else as '\x<hex>'.
func quoteType(typ rune) string {
	if typ > 32 && typ < 128 {
		return fmt.Sprintf("'%c'", typ)
	}
	return fmt.Sprintf("'\\x%x'", typ)
}

// unknownType is CPython's error for a presentation type the object's type
// does not support.
func unknownType(typ rune, typeName string) error {
	return errorf(ValueError, "Unknown format code %s for object of type '%s'", quoteType(typ), typeName)
}
