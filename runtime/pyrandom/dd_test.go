package pyrandom

import (
	"math"
	"testing"
)

func TestConstants(t *testing.T) {
	if ln2.hi != math.Ln2 {
		t.Errorf("ln2.hi = %v, want %v", ln2.hi, math.Ln2)
	}
	if halfPi.hi != math.Pi/2 {
		t.Errorf("halfPi.hi = %v, want %v", halfPi.hi, math.Pi/2)
	}
	// The low parts: well-known values of the rounding errors.
	if ln2.lo != 0x1.abc9e3b39803fp-56 {
		t.Errorf("ln2.lo = %x", ln2.lo)
	}
	if halfPi.lo != 0x1.1a62633145c07p-54 {
		t.Errorf("halfPi.lo = %x", halfPi.lo)
	}
}
