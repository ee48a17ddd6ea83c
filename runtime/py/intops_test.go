package py

import (
	"math"
	"math/big"
	"testing"
)

// TestIntOps checks the Go-int operations against math/big: each either
// gives Python's exact result or reports that it does not apply.
func TestIntOps(t *testing.T) {
	vals := []int{0, 1, -1, 2, -2, 3, -3, 7, -7, 1 << 31, -(1 << 31), 1<<31 - 1, 1 << 32, -(1 << 32) - 5,
		math.MaxInt, math.MinInt, math.MaxInt - 1, math.MinInt + 1, 3037000499, -3037000500, 1 << 62}
	type op struct {
		name string
		fn   func(a, b int) (int, bool)
		big  func(a, b *big.Int) *big.Int // nil result: Python raises
	}
	ops := []op{
		{"add", AddInt, func(a, b *big.Int) *big.Int { return new(big.Int).Add(a, b) }},
		{"sub", SubInt, func(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }},
		{"mul", MulInt, func(a, b *big.Int) *big.Int { return new(big.Int).Mul(a, b) }},
		{"floordiv", FloorDivFast, func(a, b *big.Int) *big.Int {
			if b.Sign() == 0 {
				return nil
			}
			q, m := new(big.Int).DivMod(a, b, new(big.Int))
			// DivMod is Euclidean; Python floors.
			if m.Sign() != 0 && b.Sign() < 0 {
				q.Sub(q, big.NewInt(1))
			}
			return q
		}},
		{"mod", ModFast, func(a, b *big.Int) *big.Int {
			if b.Sign() == 0 {
				return nil
			}
			m := new(big.Int).Mod(a, b) // Euclidean: 0 <= m < |b|
			if m.Sign() != 0 && b.Sign() < 0 {
				m.Add(m, b)
			}
			return m
		}},
	}
	for _, o := range ops {
		for _, a := range vals {
			for _, b := range vals {
				got, ok := o.fn(a, b)
				want := o.big(big.NewInt(int64(a)), big.NewInt(int64(b)))
				fits := want != nil && want.IsInt64()
				if ok && (!fits || int64(got) != want.Int64()) {
					t.Errorf("%s(%d, %d) = %d, ok; want %v", o.name, a, b, got, want)
				}
				if !ok && fits && !(o.name == "floordiv" && a == math.MinInt && b == -1) {
					t.Errorf("%s(%d, %d) not ok; want %v", o.name, a, b, want)
				}
			}
		}
	}
	for _, a := range vals {
		got, ok := NegFast(a)
		if want := new(big.Int).Neg(big.NewInt(int64(a))); ok != want.IsInt64() || ok && int64(got) != want.Int64() {
			t.Errorf("NegFast(%d) = %d, %v; want %v", a, got, ok, want)
		}
	}
}
