package pyfmt

import "testing"

func TestFormatFloatGolden(t *testing.T) {
	tab := readTable(t, "floats.tsv.gz")
	failures := 0
	for col := 2; col < len(tab.header); col++ {
		spec := tab.header[col]
		s, err := ParseSpec(spec, "float", 0, '>')
		if err != nil {
			t.Fatalf("ParseSpec(%q): %v", spec, err)
		}
		for _, row := range tab.rows {
			f := parseBits(t, row[0])
			if got := outcome(FormatFloat(f, s)); got != row[col] {
				t.Errorf("format(%s [%s], %q) = %q, want %q", row[1], row[0], spec, got, row[col])
				if failures++; failures > 30 {
					t.Fatal("too many failures")
				}
			}
		}
	}
}
