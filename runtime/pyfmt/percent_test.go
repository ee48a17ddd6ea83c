package pyfmt

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// pyArg is a Python value of a %-formatting golden case: its type name and
// str() text (repr() for floats and for "other" values).
type pyArg struct{ kind, text string }

// UnmarshalJSON decodes ["int", "42"].
func (a *pyArg) UnmarshalJSON(b []byte) error {
	var pair []string
	if err := json.Unmarshal(b, &pair); err != nil || len(pair) != 2 {
		return fmt.Errorf("bad argument %s: %v", b, err)
	}
	a.kind, a.text = pair[0], pair[1]
	return nil
}

// percentRow is one line of testdata/percent.jsonl: format % args.
type percentRow struct {
	Format  string           `json:"format"`
	Args    []pyArg          `json:"args"`
	Mapping map[string]pyArg `json:"mapping"`
	Out     string           `json:"out"`
	Err     string           `json:"err"`
}

// percentDriver is a minimal str % args over pyArg values, written the
// way the runtime's values layer drives ParsePercent and the Percent*
// conversions. A nil args with a mapping is "format % dict".
type percentDriver struct {
	args    []pyArg
	mapping map[string]pyArg
	current *pyArg // the single object argument (a mapping value)
	idx     int    // CPython's argidx
	n       int    // CPython's arglen: -1 for a single object
}

// next takes the next positional argument.
func (d *percentDriver) next() (pyArg, error) {
	if d.idx < d.n {
		d.idx++
		if d.n < 0 {
			if d.current == nil {
				return pyArg{kind: "mapping"}, nil
			}
			return *d.current, nil
		}
		return d.args[d.idx-1], nil
	}
	return pyArg{}, &Error{TypeError, "not enough arguments for format string"}
}

func (d *percentDriver) run(format string) (string, error) {
	rs := []rune(format)
	var b strings.Builder
	for i := 0; i < len(rs); {
		if rs[i] != '%' {
			b.WriteRune(rs[i])
			i++
			continue
		}
		dir, next, err := ParsePercent(rs, i+1)
		if err != nil {
			return "", err
		}
		i = next
		if dir.Literal {
			b.WriteByte('%')
			continue
		}
		if dir.HasKey {
			if d.mapping == nil {
				return "", &Error{TypeError, "format requires a mapping"}
			}
			v := d.mapping[dir.Key]
			d.current, d.n, d.idx = &v, -1, -2
		}
		if dir.WidthStar {
			w, err := d.starArg()
			if err != nil {
				return "", err
			}
			dir.SetStarWidth(w)
		}
		if dir.PrecStar {
			p, err := d.starArg()
			if err != nil {
				return "", err
			}
			dir.SetStarPrec(p)
		}
		v, err := d.next()
		if err != nil {
			return "", err
		}
		s, err := convert(v, dir)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	if d.idx < d.n && d.mapping == nil {
		return "", &Error{TypeError, "not all arguments converted during string formatting"}
	}
	return b.String(), nil
}

// starArg takes an int argument for '*'.
func (d *percentDriver) starArg() (int, error) {
	v, err := d.next()
	if err != nil {
		return 0, err
	}
	if v.kind != "int" {
		return 0, &Error{TypeError, "* wants int"}
	}
	return strconv.Atoi(v.text)
}

// convert applies one conversion to an argument.
func convert(v pyArg, dir PercentDirective) (string, error) {
	switch dir.Verb {
	case 'd', 'i', 'u', 'o', 'x', 'X':
		var n *big.Int
		switch v.kind {
		case "str":
			need := "a real number"
			if dir.Verb == 'o' || dir.Verb == 'x' || dir.Verb == 'X' {
				need = "an integer"
			}
			return "", &Error{TypeError, fmt.Sprintf("%%%c format: %s is required, not str", dir.Verb, need)}
		case "int":
			n, _ = new(big.Int).SetString(v.text, 10)
		case "float":
			if dir.Verb == 'o' || dir.Verb == 'x' || dir.Verb == 'X' {
				return "", &Error{TypeError, fmt.Sprintf("%%%c format: an integer is required, not float", dir.Verb)}
			}
			f, _ := strconv.ParseFloat(v.text, 64)
			var err error
			if n, err = FloatToInt(f); err != nil {
				return "", err
			}
		}
		return PercentBigInt(n, dir.PercentSpec)
	case 'e', 'E', 'f', 'F', 'g', 'G':
		if v.kind == "str" {
			return "", &Error{TypeError, "must be real number, not str"}
		}
		f, _ := strconv.ParseFloat(v.text, 64)
		return PercentFloat(f, dir.PercentSpec)
	case 'c':
		switch {
		case v.kind == "int":
			code, err := strconv.Atoi(v.text)
			if err != nil {
				code = -1
			}
			return PercentChar(code, dir.PercentSpec)
		case v.kind == "str" && utf8.RuneCountInString(v.text) == 1:
			r, _ := utf8.DecodeRuneInString(v.text)
			return PercentChar(int(r), dir.PercentSpec)
		}
		return "", &Error{TypeError, "%c requires int or char"}
	case 's', 'r', 'a':
		text := v.text
		if v.kind == "str" && dir.Verb != 's' {
			text = StrRepr(text)
			if dir.Verb == 'a' {
				text = asciiEscape(text)
			}
		}
		return PercentStr(text, dir.PercentSpec)
	}
	return "", UnsupportedPercent(dir.Verb, dir.Index)
}

// asciiEscape turns ascii() of a repr: non-ASCII code points escaped.
func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	return b.String()
}

func TestPercentGolden(t *testing.T) {
	fc := &failCounter{t: t}
	rows := readJSONL[percentRow](t, "percent.jsonl")
	rows = append(rows, readJSONL[percentRow](t, "percent_random.jsonl.gz")...)
	for _, r := range rows {
		d := &percentDriver{args: r.Args, mapping: r.Mapping, n: len(r.Args)}
		if r.Mapping != nil {
			d.n, d.idx = -1, -2
		}
		fc.check(outcome(d.run(r.Format)), want(r.Out, r.Err), r.Format)
	}
}

func TestParsePercent(t *testing.T) {
	tests := []struct {
		in   string
		want PercentDirective
		next int
	}{
		{"%-+ #012.5ld", PercentDirective{PercentSpec: PercentSpec{Minus: true, Plus: true, Space: true, Alt: true, Zero: true, Width: 12, Prec: 5, Verb: 'd'}, Index: 11}, 12},
		{"%(a(b)c)s", PercentDirective{PercentSpec: PercentSpec{Width: -1, Prec: -1, Verb: 's'}, Key: "a(b)c", HasKey: true, Index: 8}, 9},
		{"%*.*f", PercentDirective{PercentSpec: PercentSpec{Width: -1, Prec: 0, Verb: 'f'}, WidthStar: true, PrecStar: true, Index: 4}, 5},
		{"%.f", PercentDirective{PercentSpec: PercentSpec{Width: -1, Prec: 0, Verb: 'f'}, Index: 2}, 3},
		{"%%", PercentDirective{PercentSpec: PercentSpec{Width: -1, Prec: -1, Verb: '%'}, Literal: true, Index: 1}, 2},
	}
	for _, tt := range tests {
		got, next, err := ParsePercent([]rune(tt.in), 1)
		if err != nil || got != tt.want || next != tt.next {
			t.Errorf("ParsePercent(%q) = %+v, %d, %v; want %+v, %d", tt.in, got, next, err, tt.want, tt.next)
		}
	}
}
