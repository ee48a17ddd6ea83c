package py

import (
	"math"
	"math/big"

	"github.com/asyncgen/asyncgen/runtime/pyrandom"
)

// toFloat converts an int, bool or float to float64 for mixed arithmetic.
func toFloat(o Object) (float64, bool, *Exc) {
	switch v := o.(type) {
	case float64:
		return v, true, nil
	case int:
		return float64(v), true, nil
	case bool:
		if v {
			return 1, true, nil
		}
		return 0, true, nil
	case *big.Int:
		f, e := bigToFloat(v)
		return f, true, e
	}
	return 0, false, nil
}

// floatBinary applies an arithmetic operator to two floats.
func floatBinary(op binop, a, b float64) (Object, *Exc) {
	switch op {
	case opAdd:
		return a + b, nil
	case opSub:
		return a - b, nil
	case opMul:
		return a * b, nil
	case opTrueDiv:
		if b == 0 {
			return nil, Errorf(ZeroDivisionError, "float division by zero")
		}
		return a / b, nil
	case opFloorDiv:
		if b == 0 {
			return nil, Errorf(ZeroDivisionError, "float floor division by zero")
		}
		q, _ := floatDivMod(a, b)
		return q, nil
	case opMod:
		if b == 0 {
			return nil, Errorf(ZeroDivisionError, "float modulo")
		}
		_, m := floatDivMod(a, b)
		return m, nil
	case opPow:
		return floatPow(a, b)
	}
	return nil, nil
}

// floatDivMod mirrors CPython's float_divmod.
func floatDivMod(vx, wx float64) (float64, float64) {
	mod := math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

// floatPow is float ** float with CPython's errors.
func floatPow(a, b float64) (Object, *Exc) {
	if a == 0 && b < 0 {
		return nil, Errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
	}
	if a < 0 && b != math.Trunc(b) && !math.IsInf(b, 0) {
		return nil, Errorf(ValueError, "complex results are not supported")
	}
	r, overflow := pyrandom.Pow(a, b) // correctly rounded, as glibc's pow nearly always is
	if overflow {
		return nil, NewExc(OverflowError, 34, "Numerical result out of range")
	}
	return r, nil
}

// roundHalfEvenRat rounds x to the nearest integer, ties to even.
func roundHalfEvenRat(x *big.Rat) *big.Int {
	num, den := x.Num(), x.Denom()
	q, m := bigDivMod(num, den) // floor
	twice := new(big.Int).Lsh(m, 1)
	switch twice.Cmp(den) {
	case 1:
		q.Add(q, big.NewInt(1))
	case 0:
		if q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

// RoundInt is round(n, ndigits) for an int with negative ndigits.
func RoundInt(n Object, ndigits int) Object {
	if ndigits >= 0 {
		return n
	}
	s, b, _ := asInt(n)
	x := toBig(s, b)
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-ndigits)), nil)
	q := roundHalfEvenRat(new(big.Rat).SetFrac(x, p))
	return normBig(q.Mul(q, p))
}

// RoundToInt is round(f) with no ndigits: the nearest int, ties to even.
func RoundToInt(f float64) (Object, *Exc) {
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, Errorf(ValueError, "cannot convert float NaN to integer")
	}
	return IntFromFloat(math.RoundToEven(f))
}
