package pyrandom

import (
	"errors"
	"math"
	"math/big"
	"slices"
	"testing"
)

func TestZeroValueSeedsItself(t *testing.T) {
	var a, b Random
	x, y := a.Random(), b.Random()
	if x == y {
		t.Errorf("two zero Randoms gave the same first value %v: not seeded from entropy", x)
	}
	if x < 0 || x >= 1 {
		t.Errorf("Random() = %v, want [0, 1)", x)
	}
}

func TestStateRoundTrip(t *testing.T) {
	r := NewInt(42)
	for range 700 { // cross a twist
		r.Uint32()
	}
	st := r.State()
	want := []float64{r.Random(), r.Random(), r.Random()}
	r.SeedInt(1)
	if err := r.SetState(st); err != nil {
		t.Fatal(err)
	}
	got := []float64{r.Random(), r.Random(), r.Random()}
	if !slices.Equal(got, want) {
		t.Errorf("after SetState got %v, want %v", got, want)
	}
	for _, pos := range []int{-1, StateSize + 1} {
		bad := st
		bad.Pos = pos
		var pe *Error
		if err := r.SetState(bad); !errors.As(err, &pe) || pe.Kind != ValueError || pe.Msg != "invalid state" {
			t.Errorf("SetState(Pos %d) = %v, want ValueError: invalid state", pos, err)
		}
	}
}

func TestSeedIntMatchesSeedBig(t *testing.T) {
	for _, n := range []int{0, 1, -1, 7, math.MaxInt32, math.MinInt32, math.MaxInt, math.MinInt} {
		a, b := NewInt(n), &Random{}
		b.SeedBig(big.NewInt(int64(n)))
		if a.State() != b.State() {
			t.Errorf("SeedInt(%d) and SeedBig(%d) give different states", n, n)
		}
	}
	// |math.MinInt| does not fit an int but seeds as its magnitude.
	a, b := NewInt(math.MinInt), &Random{}
	b.SeedUint64(uint64(math.MaxInt) + 1)
	if a.State() != b.State() {
		t.Error("SeedInt(math.MinInt) differs from SeedUint64(2**63)")
	}
}

func TestRandrangeAgreesWithBig(t *testing.T) {
	cases := [][3]int{
		{0, 10, 1}, {-5, 5, 2}, {10, -10, -3}, {math.MinInt, math.MaxInt, 1},
		{math.MinInt, math.MaxInt, 3}, {math.MaxInt - 10, math.MaxInt, 1},
		{math.MinInt, math.MinInt + 5, 2}, {0, math.MaxInt, math.MaxInt / 3},
		{math.MaxInt, math.MinInt, -(math.MaxInt / 2)},
	}
	for _, c := range cases {
		a, b := NewInt(3), NewInt(3)
		for range 50 {
			x, err := a.Randrange(c[0], c[1], c[2])
			if err != nil {
				t.Fatalf("Randrange%v: %v", c, err)
			}
			y, err := b.RandrangeBig(big.NewInt(int64(c[0])), big.NewInt(int64(c[1])), big.NewInt(int64(c[2])))
			if err != nil {
				t.Fatalf("RandrangeBig%v: %v", c, err)
			}
			if !y.IsInt64() || int64(x) != y.Int64() {
				t.Fatalf("Randrange%v = %d, RandrangeBig = %v", c, x, y)
			}
		}
	}
}

func TestRandintExtremes(t *testing.T) {
	r := NewInt(9)
	for range 100 {
		v, err := r.Randint(math.MaxInt-1, math.MaxInt)
		if err != nil || v < math.MaxInt-1 {
			t.Fatalf("Randint(MaxInt-1, MaxInt) = %d, %v", v, err)
		}
		if _, err := r.Randint(math.MinInt, math.MaxInt); err != nil {
			t.Fatalf("Randint(MinInt, MaxInt): %v", err)
		}
	}
}

func TestGetRandBits64(t *testing.T) {
	a, b := NewInt(5), NewInt(5)
	for k := 0; k <= 64; k++ {
		x, err := a.GetRandBits64(k)
		if err != nil {
			t.Fatal(err)
		}
		y, _ := b.GetRandBits(k)
		if !y.IsUint64() || y.Uint64() != x {
			t.Fatalf("GetRandBits64(%d) = %d, GetRandBits = %v", k, x, y)
		}
	}
	if _, err := a.GetRandBits64(65); err == nil {
		t.Error("GetRandBits64(65) did not fail")
	}
}

func TestRandBelowPanicsOnEmpty(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("RandBelow(0) did not panic")
		}
	}()
	NewInt(1).RandBelow(0)
}

func TestShuffleCallsSwapInCPythonOrder(t *testing.T) {
	var is []int
	NewInt(1).Shuffle(5, func(i, j int) {
		if j < 0 || j > i {
			t.Fatalf("swap(%d, %d): j outside [0, i]", i, j)
		}
		is = append(is, i)
	})
	if want := []int{4, 3, 2, 1}; !slices.Equal(is, want) {
		t.Errorf("swap i sequence = %v, want %v", is, want)
	}
}

func TestSampleSetSize(t *testing.T) {
	for _, c := range []struct{ k, want int }{
		{0, 21}, {5, 21}, {6, 21 + 64}, {21, 21 + 64}, {22, 21 + 256}, {100, 21 + 1024},
	} {
		if got := sampleSetSize(c.k); got != c.want {
			t.Errorf("sampleSetSize(%d) = %d, want %d", c.k, got, c.want)
		}
	}
}

func TestErrorString(t *testing.T) {
	_, err := NewInt(1).Randrange(0, 0, 1)
	if got, want := err.Error(), "ValueError: empty range for randrange() (0, 0, 0)"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got := Kind(99).String(); got != "Kind(99)" {
		t.Errorf("Kind(99).String() = %q", got)
	}
}

func TestSampleCountsOverflow(t *testing.T) {
	_, err := NewInt(1).SampleCounts(2, []int{math.MaxInt, 1}, 1)
	var pe *Error
	if !errors.As(err, &pe) || pe.Kind != OverflowError {
		t.Errorf("SampleCounts with an overflowing total = %v, want an OverflowError", err)
	}
}

func TestRandrangeFloatArgLarge(t *testing.T) {
	n, warning, err := RandrangeFloatArg(ArgStop, 1e20)
	if err != nil || warning != WarnFloatArg || n.String() != "100000000000000000000" {
		t.Errorf("RandrangeFloatArg(1e20) = %v, %q, %v", n, warning, err)
	}
}
