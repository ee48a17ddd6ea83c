package py

import (
	"math"
	"math/big"
	"testing"
)

// checkNative compares the native fast paths with big.Int arithmetic.
func checkNative(t *testing.T, a, b int) {
	t.Helper()
	x, y := big.NewInt(int64(a)), big.NewInt(int64(b))
	ops := []struct {
		name string
		fn   func(int, int) (int, bool)
		ref  *big.Int
	}{
		{"AddInt", AddInt, new(big.Int).Add(x, y)},
		{"SubInt", SubInt, new(big.Int).Sub(x, y)},
		{"MulInt", MulInt, new(big.Int).Mul(x, y)},
	}
	for _, op := range ops {
		got, ok := op.fn(a, b)
		if ok != op.ref.IsInt64() {
			t.Errorf("%s(%d, %d): ok=%v, want %v", op.name, a, b, ok, op.ref.IsInt64())
			continue
		}
		if ok && int64(got) != op.ref.Int64() {
			t.Errorf("%s(%d, %d) = %d, want %s", op.name, a, b, got, op.ref)
		}
	}
	if b != 0 {
		q, e := FloorDivInt(a, b)
		if e != nil {
			t.Fatal(e)
		}
		wq, wm := bigDivMod(x, y)
		if Str(q) != wq.String() {
			t.Errorf("FloorDivInt(%d, %d) = %v, want %s", a, b, q, wq)
		}
		m, e := ModInt(a, b)
		if e != nil {
			t.Fatal(e)
		}
		if int64(m) != wm.Int64() {
			t.Errorf("ModInt(%d, %d) = %d, want %s", a, b, m, wm)
		}
	}
}

func TestNativeIntEdges(t *testing.T) {
	edges := []int{0, 1, -1, 2, -2, 3, 7, -7, 1 << 31, -(1 << 31), 1<<32 + 1, 3037000499, 3037000500, -3037000500,
		math.MaxInt, math.MinInt, math.MaxInt - 1, math.MinInt + 1, math.MaxInt / 2, math.MinInt / 2}
	for _, a := range edges {
		for _, b := range edges {
			checkNative(t, a, b)
		}
	}
}

func FuzzNativeInt(f *testing.F) {
	f.Add(int64(math.MaxInt64), int64(1))
	f.Add(int64(math.MinInt64), int64(-1))
	f.Add(int64(-7), int64(2))
	f.Fuzz(func(t *testing.T, a, b int64) { checkNative(t, int(a), int(b)) })
}

func TestPromotionNormalises(t *testing.T) {
	big1 := IntAdd(math.MaxInt, 1)
	if _, ok := big1.(*big.Int); !ok {
		t.Fatalf("MaxInt+1 = %T, want *big.Int", big1)
	}
	back, e := Sub(big1, 1)
	if e != nil {
		t.Fatal(e)
	}
	if back != math.MaxInt {
		t.Fatalf("(MaxInt+1)-1 = %#v, want the int %d", back, math.MaxInt)
	}
}
