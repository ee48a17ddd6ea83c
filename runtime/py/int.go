package py

import (
	"math"
	"math/big"
	"math/bits"
)

// Native fast paths for int. Generated code that knows both operands are
// Python ints held in Go ints calls these and stays in int until ok is
// false, then switches to the promoting variants (IntAdd, ...) which return
// an Object that is int or *big.Int.

// AddInt returns a+b and whether it did not overflow.
func AddInt(a, b int) (int, bool) {
	c := a + b
	return c, (c > a) == (b > 0)
}

// SubInt returns a-b and whether it did not overflow.
func SubInt(a, b int) (int, bool) {
	c := a - b
	return c, (c < a) == (b > 0)
}

// MulInt returns a*b and whether it did not overflow.
func MulInt(a, b int) (int, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	hi, lo := bits.Mul64(magnitude(a), magnitude(b))
	if hi != 0 {
		return 0, false
	}
	if (a < 0) != (b < 0) {
		if lo > 1<<63 {
			return 0, false
		}
		return int(-lo), true
	}
	if lo >= 1<<63 {
		return 0, false
	}
	return int(lo), true
}

// magnitude is |a| as an unsigned number (exact for MinInt too).
func magnitude(a int) uint64 {
	if a < 0 {
		return -uint64(a)
	}
	return uint64(a)
}

func absInt(a int) int {
	if a < 0 {
		return -a
	}
	return a
}

// IntAdd returns a+b as int, or as *big.Int when it overflows.
func IntAdd(a, b int) Object {
	if c, ok := AddInt(a, b); ok {
		return c
	}
	return normBig(new(big.Int).Add(big.NewInt(int64(a)), big.NewInt(int64(b))))
}

// IntSub returns a-b as int, or as *big.Int when it overflows.
func IntSub(a, b int) Object {
	if c, ok := SubInt(a, b); ok {
		return c
	}
	return normBig(new(big.Int).Sub(big.NewInt(int64(a)), big.NewInt(int64(b))))
}

// IntMul returns a*b as int, or as *big.Int when it overflows.
func IntMul(a, b int) Object {
	if c, ok := MulInt(a, b); ok {
		return c
	}
	return normBig(new(big.Int).Mul(big.NewInt(int64(a)), big.NewInt(int64(b))))
}

// FloorDivInt returns a//b with Python's rounding toward negative infinity.
// It raises ZeroDivisionError when b is 0; a//b of MinInt by -1 promotes,
// so the result is an Object.
func FloorDivInt(a, b int) (Object, *Exc) {
	if q, ok := FloorDivFast(a, b); ok {
		return q, nil
	}
	if b == 0 {
		return nil, Errorf(ZeroDivisionError, "integer division or modulo by zero")
	}
	return normBig(new(big.Int).Neg(big.NewInt(int64(a)))), nil // MinInt // -1
}

// ModInt returns a%b with the sign of b, as Python does.
func ModInt(a, b int) (int, *Exc) {
	if m, ok := ModFast(a, b); ok {
		return m, nil
	}
	return 0, Errorf(ZeroDivisionError, "integer modulo by zero")
}

// normBig returns b as an int when it fits in 64 bits, else b itself.
func normBig(b *big.Int) Object {
	if b.IsInt64() {
		return int(b.Int64())
	}
	return b
}

// NewInt returns the Python int for b (an int when it fits).
func NewInt(b *big.Int) Object { return normBig(b) }

// asInt reports whether o is a Python int (bool included) and returns it as
// a small int or a big one (exactly one is meaningful: big != nil wins).
func asInt(o Object) (small int, bg *big.Int, ok bool) {
	switch v := o.(type) {
	case int:
		return v, nil, true
	case bool:
		if v {
			return 1, nil, true
		}
		return 0, nil, true
	case *big.Int:
		return 0, v, true
	}
	return 0, nil, false
}

// toBig returns the int-like o as a new or shared *big.Int (callers must
// not modify it).
func toBig(small int, bg *big.Int) *big.Int {
	if bg != nil {
		return bg
	}
	return big.NewInt(int64(small))
}

// bigToFloat converts an int to float64 as CPython does, raising
// OverflowError when it is too large.
func bigToFloat(b *big.Int) (float64, *Exc) {
	f, _ := new(big.Float).SetInt(b).Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(OverflowError, "int too large to convert to float")
	}
	return f, nil
}

// intBinary applies an arithmetic or bitwise operator to two ints.
func intBinary(op binop, a, b Object) (Object, *Exc) {
	as, ab, _ := asInt(a)
	bs, bb, _ := asInt(b)
	if ab == nil && bb == nil {
		switch op {
		case opAdd:
			return IntAdd(as, bs), nil
		case opSub:
			return IntSub(as, bs), nil
		case opMul:
			return IntMul(as, bs), nil
		case opFloorDiv:
			return FloorDivInt(as, bs)
		case opMod:
			m, e := ModInt(as, bs)
			if e != nil {
				return nil, e
			}
			return m, nil
		case opAnd:
			return as & bs, nil
		case opOr:
			return as | bs, nil
		case opXor:
			return as ^ bs, nil
		case opRShift:
			if bs < 0 {
				return nil, Errorf(ValueError, "negative shift count")
			}
			if bs >= 64 {
				if as < 0 {
					return -1, nil
				}
				return 0, nil
			}
			return as >> uint(bs), nil
		case opLShift:
			if bs < 0 {
				return nil, Errorf(ValueError, "negative shift count")
			}
			if bs < 63 {
				r := as << uint(bs)
				if r>>uint(bs) == as {
					return r, nil
				}
			}
		case opTrueDiv:
			if bs == 0 {
				return nil, Errorf(ZeroDivisionError, "division by zero")
			}
			if absInt(as) < 1<<53 && absInt(bs) < 1<<53 {
				return float64(as) / float64(bs), nil
			}
		}
	}
	x, y := toBig(as, ab), toBig(bs, bb)
	r := new(big.Int)
	switch op {
	case opAdd:
		r.Add(x, y)
	case opSub:
		r.Sub(x, y)
	case opMul:
		r.Mul(x, y)
	case opFloorDiv, opMod:
		if y.Sign() == 0 {
			if op == opMod {
				return nil, Errorf(ZeroDivisionError, "integer modulo by zero")
			}
			return nil, Errorf(ZeroDivisionError, "integer division or modulo by zero")
		}
		q, m := bigDivMod(x, y)
		if op == opMod {
			return normBig(m), nil
		}
		return normBig(q), nil
	case opAnd:
		r.And(x, y)
	case opOr:
		r.Or(x, y)
	case opXor:
		r.Xor(x, y)
	case opLShift, opRShift:
		if y.Sign() < 0 {
			return nil, Errorf(ValueError, "negative shift count")
		}
		if !y.IsInt64() || y.Int64() > 1<<40 {
			if op == opRShift {
				if x.Sign() < 0 {
					return -1, nil
				}
				return 0, nil
			}
			if x.Sign() == 0 {
				return 0, nil
			}
			return nil, Errorf(OverflowError, "too many digits in integer")
		}
		if op == opLShift {
			r.Lsh(x, uint(y.Int64()))
		} else {
			r.Rsh(x, uint(y.Int64()))
		}
	case opTrueDiv:
		if y.Sign() == 0 {
			return nil, Errorf(ZeroDivisionError, "division by zero")
		}
		q := new(big.Rat).SetFrac(x, y)
		f, _ := q.Float64()
		if math.IsInf(f, 0) {
			return nil, Errorf(OverflowError, "integer division result too large for a float")
		}
		return f, nil
	case opPow:
		return intPow(x, y)
	}
	return normBig(r), nil
}

// bigDivMod returns Python's floor quotient and modulo of x by y (y != 0).
func bigDivMod(x, y *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int).QuoRem(x, y, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, y)
	}
	return q, m
}

// intPow computes x**y for ints; a negative exponent gives a float.
func intPow(x, y *big.Int) (Object, *Exc) {
	if y.Sign() < 0 {
		fx, e := bigToFloat(x)
		if e != nil {
			return nil, e
		}
		fy, _ := new(big.Float).SetInt(y).Float64()
		return floatPow(fx, fy)
	}
	if x.IsInt64() {
		switch x.Int64() {
		case 0, 1:
			if y.Sign() == 0 {
				return 1, nil
			}
			return int(x.Int64()), nil
		case -1:
			if y.Bit(0) == 0 {
				return 1, nil
			}
			return -1, nil
		}
	}
	if !y.IsInt64() || y.Int64() > 1<<32 {
		return nil, Errorf(OverflowError, "exponent too large")
	}
	return normBig(new(big.Int).Exp(x, y, nil)), nil
}

// PowMod is pow(a, b, m) for ints.
func PowMod(a, b, m Object) (Object, *Exc) {
	as, ab, ok1 := asInt(a)
	bs, bb, ok2 := asInt(b)
	ms, mb, ok3 := asInt(m)
	if !ok1 || !ok2 || !ok3 {
		return nil, Errorf(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	x, y, mod := toBig(as, ab), toBig(bs, bb), toBig(ms, mb)
	if mod.Sign() == 0 {
		return nil, Errorf(ValueError, "pow() 3rd argument cannot be 0")
	}
	neg := mod.Sign() < 0
	am := new(big.Int).Abs(mod)
	if y.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(x, am), am)
		if inv == nil {
			return nil, Errorf(ValueError, "base is not invertible for the given modulus")
		}
		x = inv
		y = new(big.Int).Neg(y)
	}
	r := new(big.Int).Exp(new(big.Int).Mod(x, am), y, am)
	if neg && r.Sign() != 0 {
		r.Add(r, mod)
	}
	return normBig(r), nil
}

// IntFromFloat is int(f): truncation toward zero.
func IntFromFloat(f float64) (Object, *Exc) {
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, Errorf(ValueError, "cannot convert float NaN to integer")
	}
	t := math.Trunc(f)
	if t >= -9.2e18 && t <= 9.2e18 {
		return int(t), nil
	}
	b, _ := new(big.Float).SetFloat64(t).Int(nil)
	return normBig(b), nil
}
