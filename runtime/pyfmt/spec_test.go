package pyfmt

import (
	"math"
	"regexp"
	"testing"
)

func TestParseSpecFields(t *testing.T) {
	tests := []struct {
		spec     string
		typeName string
		defType  rune
		defAlign rune
		want     Spec
	}{
		{"", "int", 'd', '>', Spec{Fill: ' ', Align: '>', Width: -1, Precision: -1, Type: 'd'}},
		{"*^+z#030_.5f", "float", 0, '>', Spec{Fill: '*', Align: '^', Sign: '+', NoNegZero: true, Alternate: true, Width: 30, Grouping: UnderscoreGrouping, Precision: 5, Type: 'f'}},
		{"010", "float", 0, '>', Spec{Fill: '0', Align: '=', Width: 10, Precision: -1}},
		{"010", "str", 's', '<', Spec{Fill: '0', Align: '<', Width: 10, Precision: -1, Type: 's'}},
		{"<010", "int", 'd', '>', Spec{Fill: '0', Align: '<', Width: 10, Precision: -1, Type: 'd'}},
		{"x<010", "int", 'd', '>', Spec{Fill: 'x', Align: '<', Width: 10, Precision: -1, Type: 'd'}},
		{"_x", "int", 'd', '>', Spec{Fill: ' ', Align: '>', Width: -1, Grouping: UnderscoreFourGrouping, Precision: -1, Type: 'x'}},
		{",", "int", 'd', '>', Spec{Fill: ' ', Align: '>', Width: -1, Grouping: CommaGrouping, Precision: -1, Type: 'd'}},
		{"🙂=", "int", 'd', '>', Spec{Fill: '🙂', Align: '=', Width: -1, Precision: -1, Type: 'd'}},
		{"=", "int", 'd', '>', Spec{Fill: ' ', Align: '=', Width: -1, Precision: -1, Type: 'd'}},
		{"٣.١", "float", 0, '>', Spec{Fill: ' ', Align: '>', Width: 3, Precision: 1}},
	}
	for _, tt := range tests {
		got, err := ParseSpec(tt.spec, tt.typeName, tt.defType, tt.defAlign)
		if err != nil {
			t.Errorf("ParseSpec(%q): %v", tt.spec, err)
			continue
		}
		if got.String() != tt.spec || got.IsEmpty() != (tt.spec == "") {
			t.Errorf("ParseSpec(%q) kept text %q, IsEmpty %v", tt.spec, got.String(), got.IsEmpty())
		}
		got.spec, got.typeName, got.empty = "", "", false
		if got != tt.want {
			t.Errorf("ParseSpec(%q) = %+v, want %+v", tt.spec, got, tt.want)
		}
	}
}

func TestErrorKinds(t *testing.T) {
	tests := []struct {
		name string
		err  error
		kind string
	}{
		{"bad spec", func() error { _, err := Format(1, "abc"); return err }(), ValueError},
		{"char range", func() error { _, err := Format(-1, "c"); return err }(), OverflowError},
		{"round overflow", func() error { _, err := RoundFloat(1.7976931348623157e308, -308); return err }(), OverflowError},
		{"inf to int", func() error { _, err := RoundFloatToInt(math.Inf(1)); return err }(), OverflowError},
		{"nan to int", func() error { _, err := FloatToInt(math.NaN()); return err }(), ValueError},
		{"int base", func() error { _, err := ParseInt("1", 37); return err }(), ValueError},
	}
	for _, tt := range tests {
		pe, ok := tt.err.(*Error)
		if !ok || pe.Kind != tt.kind || pe.Error() != pe.Msg {
			t.Errorf("%s: error %#v, want kind %s", tt.name, tt.err, tt.kind)
		}
	}
}

// hugeNumber matches a run of digits that makes a multi-megabyte field.
var hugeNumber = regexp.MustCompile(`[0-9]{6}`)

func FuzzFormat(f *testing.F) {
	for _, seed := range []string{"", ",", "_x", ">10.3f", "*^+#030,.5e", "z.1%", "c", "0=+12,d", "🙂<9s", ".", "٣"} {
		f.Add(seed, int64(-1234567), 3.25, "héllo")
	}
	f.Fuzz(func(t *testing.T, spec string, i int64, x float64, s string) {
		if ps, err := ParseSpec(spec, "int", 'd', '>'); err == nil && max(ps.Width, ps.Precision) > 1e5 {
			t.Skip("megabyte-wide fields are slow, not wrong")
		}
		if hugeNumber.MatchString(spec) {
			t.Skip("megabyte-wide fields are slow, not wrong")
		}
		for _, v := range []any{int(i), x, s, i%2 == 0} {
			if out, err := Format(v, spec); err != nil && out != "" {
				t.Errorf("Format(%v, %q) returned both %q and %v", v, spec, out, err)
			}
		}
		_, _, _ = ParsePercent([]rune(spec), 0)
		_, _ = ParseInt(s, int(i%40))
		_, _ = ParseFloat(s)
	})
}
