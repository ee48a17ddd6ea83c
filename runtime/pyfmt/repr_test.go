package pyfmt

import (
	"math"
	"strconv"
	"testing"
)

// parseBits decodes the hexadecimal IEEE-754 bit pattern of a golden row.
func parseBits(t testing.TB, s string) float64 {
	t.Helper()
	u, err := strconv.ParseUint(s, 16, 64)
	if err != nil {
		t.Fatalf("bad bits %q: %v", s, err)
	}
	return math.Float64frombits(u)
}

func TestFloatReprGolden(t *testing.T) {
	tab := readTable(t, "floats.tsv.gz")
	if len(tab.rows) < 10000 {
		t.Fatalf("golden table has only %d floats", len(tab.rows))
	}
	failures := 0
	for _, row := range tab.rows {
		f := parseBits(t, row[0])
		if got := FloatRepr(f); got != row[1] {
			t.Errorf("FloatRepr(%s) = %q, want %q", row[0], got, row[1])
			if failures++; failures > 20 {
				t.Fatal("too many failures")
			}
		}
		if got := FloatStr(f); got != row[1] {
			t.Errorf("FloatStr(%s) = %q, want %q", row[0], got, row[1])
		}
	}
}
