package pyfmt

import (
	"testing"
	"unicode"
)

// TestPrintableTableShape checks the generated table is sorted, disjoint
// and agrees with Go's tables on ASCII and Latin-1.
func TestPrintableTableShape(t *testing.T) {
	prev := rune(-2)
	for _, r := range printableRanges {
		if r[0] > r[1] || r[0] <= prev+1 {
			t.Fatalf("range %x-%x out of order after %x", r[0], r[1], prev)
		}
		prev = r[1]
	}
	for c := rune(0); c < 0x100; c++ {
		want := c == ' ' || (unicode.IsPrint(c) && !unicode.Is(unicode.Zs, c))
		if got := IsPrintable(c); got != want {
			t.Errorf("IsPrintable(%#x) = %v, want %v", c, got, want)
		}
	}
}
