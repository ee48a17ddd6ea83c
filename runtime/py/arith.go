package py

import (
	"math/big"
	"strings"
)

type binop uint8

const (
	opAdd binop = iota
	opSub
	opMul
	opTrueDiv
	opFloorDiv
	opMod
	opPow
	opLShift
	opRShift
	opAnd
	opOr
	opXor
	opMatMul
)

var opSymbol = [...]string{"+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^", "@"}

var opDunder = [...]string{"__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__", "__matmul__"}

var opRDunder = [...]string{"__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__", "__rmatmul__"}

// Add is a + b.
func Add(a, b Object) (Object, *Exc) {
	if x, ok := a.(int); ok {
		if y, ok := b.(int); ok {
			if c, ok := AddInt(x, y); ok {
				return intObject(c), nil
			}
		}
	}
	return binary(opAdd, a, b)
}

// Sub is a - b.
func Sub(a, b Object) (Object, *Exc) {
	if x, ok := a.(int); ok {
		if y, ok := b.(int); ok {
			if c, ok := SubInt(x, y); ok {
				return intObject(c), nil
			}
		}
	}
	return binary(opSub, a, b)
}

// Mul is a * b.
func Mul(a, b Object) (Object, *Exc) { return binary(opMul, a, b) }

// TrueDiv is a / b.
func TrueDiv(a, b Object) (Object, *Exc) { return binary(opTrueDiv, a, b) }

// FloorDiv is a // b.
func FloorDiv(a, b Object) (Object, *Exc) { return binary(opFloorDiv, a, b) }

// Mod is a % b (also str % args).
func Mod(a, b Object) (Object, *Exc) { return binary(opMod, a, b) }

// Pow is a ** b.
func Pow(a, b Object) (Object, *Exc) { return binary(opPow, a, b) }

// LShift is a << b.
func LShift(a, b Object) (Object, *Exc) { return binary(opLShift, a, b) }

// RShift is a >> b.
func RShift(a, b Object) (Object, *Exc) { return binary(opRShift, a, b) }

// And is a & b.
func And(a, b Object) (Object, *Exc) { return binary(opAnd, a, b) }

// Or is a | b.
func Or(a, b Object) (Object, *Exc) { return binary(opOr, a, b) }

// Xor is a ^ b.
func Xor(a, b Object) (Object, *Exc) { return binary(opXor, a, b) }

// MatMul is a @ b.
func MatMul(a, b Object) (Object, *Exc) { return binary(opMatMul, a, b) }

// InPlace is the augmented assignment a op= b where op is one of
// "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@".
// Lists extend in place for +=; user classes' __iadd__ etc. are honoured.
func InPlace(op string, a, b Object) (Object, *Exc) {
	if x, ok := a.(int); ok {
		if y, ok := b.(int); ok && len(op) == 1 {
			switch op[0] {
			case '+':
				if c, ok := AddInt(x, y); ok {
					return intObject(c), nil
				}
			case '-':
				if c, ok := SubInt(x, y); ok {
					return intObject(c), nil
				}
			}
		}
	}
	o, ok := opByText[op]
	if !ok {
		return nil, Errorf(SystemError, "unknown operator %s", op)
	}
	switch x := a.(type) {
	case *List:
		if o == opAdd {
			if e := x.Extend(b); e != nil {
				return nil, e
			}
			return x, nil
		}
		if o == opMul {
			n, e := Index(b)
			if e != nil {
				return nil, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(b))
			}
			x.Items = repeatObjects(x.Items, n)
			return x, nil
		}
	case *Set:
		switch o {
		case opOr, opAnd, opSub, opXor:
			if _, ok := setElems(b); ok {
				return x, x.inPlace(o, b)
			}
		}
	case *Dict:
		if o == opOr {
			if e := x.Update(b); e != nil {
				return nil, e
			}
			return x, nil
		}
	case *Instance:
		name := "__i" + strings.TrimPrefix(opDunder[o], "__")
		if r, found, e := callDunder(x, name, b); found {
			if e != nil || r != NotImplemented {
				return r, e
			}
		}
	}
	return binaryAs(o, op+"=", a, b)
}

var opByText = map[string]binop{"+": opAdd, "-": opSub, "*": opMul, "/": opTrueDiv, "//": opFloorDiv, "%": opMod,
	"**": opPow, "<<": opLShift, ">>": opRShift, "&": opAnd, "|": opOr, "^": opXor, "@": opMatMul}

func isIntLike(o Object) bool {
	switch o.(type) {
	case int, bool, *big.Int:
		return true
	}
	return false
}

func binary(op binop, a, b Object) (Object, *Exc) { return binaryAs(op, opSymbol[op], a, b) }

// binaryAs is binary for the operator spelled symbol in its TypeError
// ("+" for a + b, "+=" for a += b).
func binaryAs(op binop, symbol string, a, b Object) (Object, *Exc) {
	// Numbers.
	if isIntLike(a) && isIntLike(b) {
		if op == opPow {
			as, ab, _ := asInt(a)
			bs, bb, _ := asInt(b)
			return intPow(toBig(as, ab), toBig(bs, bb))
		}
		if op != opMatMul {
			if _, ok := a.(bool); ok && (op == opAnd || op == opOr || op == opXor) {
				if y, ok := b.(bool); ok {
					x := a.(bool)
					switch op {
					case opAnd:
						return x && y, nil
					case opOr:
						return x || y, nil
					default:
						return x != y, nil
					}
				}
			}
			return intBinary(op, a, b)
		}
	}
	if fa, ok, e := toFloat(a); ok {
		if fb, ok2, e2 := toFloat(b); ok2 && op <= opPow {
			if e != nil {
				return nil, e
			}
			if e2 != nil {
				return nil, e2
			}
			return floatBinary(op, fa, fb)
		}
	}
	// Sequences and containers.
	switch x := a.(type) {
	case string:
		switch op {
		case opAdd:
			if y, ok := b.(string); ok {
				return x + y, nil
			}
			if _, ok := b.(*Instance); !ok {
				return nil, Errorf(TypeError, "can only concatenate str (not \"%s\") to str", TypeName(b))
			}
		case opMul:
			if n, ok := seqRepeatCount(b); ok {
				if n <= 0 {
					return "", nil
				}
				return strings.Repeat(x, n), nil
			}
		case opMod:
			return PercentFormat(x, b)
		}
	case *List:
		switch op {
		case opAdd:
			if y, ok := b.(*List); ok {
				items := make([]Object, 0, len(x.Items)+len(y.Items))
				return &List{Items: append(append(items, x.Items...), y.Items...)}, nil
			}
			if _, ok := b.(*Instance); !ok {
				return nil, Errorf(TypeError, "can only concatenate list (not \"%s\") to list", TypeName(b))
			}
		case opMul:
			if n, ok := seqRepeatCount(b); ok {
				return &List{Items: repeatObjects(x.Items, n)}, nil
			}
		}
	case Tuple:
		switch op {
		case opAdd:
			if y, ok := b.(Tuple); ok {
				items := make(Tuple, 0, len(x)+len(y))
				return append(append(items, x...), y...), nil
			}
			if _, ok := b.(*Instance); !ok {
				return nil, Errorf(TypeError, "can only concatenate tuple (not \"%s\") to tuple", TypeName(b))
			}
		case opMul:
			if n, ok := seqRepeatCount(b); ok {
				return Tuple(repeatObjects(x, n)), nil
			}
		}
	case Bytes:
		switch op {
		case opAdd:
			if y, ok := b.(Bytes); ok {
				return Bytes(string(x) + string(y)), nil
			}
			return nil, Errorf(TypeError, "can't concat %s to bytes", TypeName(b))
		case opMul:
			if n, ok := seqRepeatCount(b); ok {
				if n <= 0 {
					return Bytes(""), nil
				}
				return Bytes(strings.Repeat(string(x), n)), nil
			}
		}
	case *Set:
		if r, ok, e := setBinary(op, &x.setTable, b, false); ok {
			return r, e
		}
	case *FrozenSet:
		if r, ok, e := setBinary(op, &x.setTable, b, true); ok {
			return r, e
		}
	case *Dict:
		if y, ok := b.(*Dict); ok && op == opOr {
			r := x.Copy()
			_ = r.Update(y)
			return r, nil
		}
	}
	if op == opMul {
		// int * sequence.
		if n, ok := seqRepeatCount(a); ok {
			switch b.(type) {
			case string, *List, Tuple, Bytes:
				return binary(opMul, b, n)
			}
		}
		switch b.(type) {
		case string, *List, Tuple, Bytes:
			if _, ok := a.(*Instance); !ok {
				return nil, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(a))
			}
		}
		switch a.(type) {
		case string, *List, Tuple, Bytes:
			if _, ok := b.(*Instance); !ok {
				return nil, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(b))
			}
		}
	}
	// User classes: __op__ then the reflected __rop__.
	if r, found, e := callDunder(a, opDunder[op], b); found && (e != nil || r != NotImplemented) {
		return r, e
	}
	if r, found, e := callDunder(b, opRDunder[op], a); found && (e != nil || r != NotImplemented) {
		return r, e
	}
	return nil, Errorf(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", symbol, TypeName(a), TypeName(b))
}

// seqRepeatCount returns the repeat count of "seq * n" when n is an int.
func seqRepeatCount(n Object) (int, bool) {
	s, b, ok := asInt(n)
	if !ok {
		return 0, false
	}
	if b != nil {
		if b.Sign() < 0 {
			return 0, true
		}
		return 1 << 62, true
	}
	return s, true
}

func repeatObjects(items []Object, n int) []Object {
	if n <= 0 || len(items) == 0 {
		return []Object{}
	}
	out := make([]Object, 0, len(items)*n)
	for i := 0; i < n; i++ {
		out = append(out, items...)
	}
	return out
}

// Neg is -a.
func Neg(a Object) (Object, *Exc) {
	switch v := a.(type) {
	case int:
		if v == -v && v != 0 {
			return normBig(new(big.Int).Neg(big.NewInt(int64(v)))), nil
		}
		return -v, nil
	case bool:
		if v {
			return -1, nil
		}
		return 0, nil
	case *big.Int:
		return normBig(new(big.Int).Neg(v)), nil
	case float64:
		return -v, nil
	}
	if r, found, e := callDunder(a, "__neg__"); found {
		return r, e
	}
	return nil, Errorf(TypeError, "bad operand type for unary -: '%s'", TypeName(a))
}

// Pos is +a.
func Pos(a Object) (Object, *Exc) {
	switch v := a.(type) {
	case int, *big.Int, float64:
		return v, nil
	case bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	if r, found, e := callDunder(a, "__pos__"); found {
		return r, e
	}
	return nil, Errorf(TypeError, "bad operand type for unary +: '%s'", TypeName(a))
}

// Invert is ~a.
func Invert(a Object) (Object, *Exc) {
	if s, b, ok := asInt(a); ok {
		if b != nil {
			return normBig(new(big.Int).Not(b)), nil
		}
		return ^s, nil
	}
	if r, found, e := callDunder(a, "__invert__"); found {
		return r, e
	}
	return nil, Errorf(TypeError, "bad operand type for unary ~: '%s'", TypeName(a))
}

// Abs is abs(a).
func Abs(a Object) (Object, *Exc) {
	switch v := a.(type) {
	case int:
		if v < 0 {
			return Neg(v)
		}
		return v, nil
	case bool:
		return Pos(v)
	case *big.Int:
		return normBig(new(big.Int).Abs(v)), nil
	case float64:
		if v < 0 || (v == 0) {
			return -v + 0, nil
		}
		return v, nil
	}
	if r, found, e := callDunder(a, "__abs__"); found {
		return r, e
	}
	return nil, Errorf(TypeError, "bad operand type for abs(): '%s'", TypeName(a))
}

// DivMod is divmod(a, b).
func DivMod(a, b Object) (Object, *Exc) {
	if isIntLike(a) && isIntLike(b) {
		as, ab, _ := asInt(a)
		bs, bb, _ := asInt(b)
		if bb == nil && bs == 0 {
			return nil, Errorf(ZeroDivisionError, "integer division or modulo by zero")
		}
		q, m := bigDivMod(toBig(as, ab), toBig(bs, bb))
		return Tuple{normBig(q), normBig(m)}, nil
	}
	fa, ok1, e1 := toFloat(a)
	fb, ok2, e2 := toFloat(b)
	if ok1 && ok2 {
		if e1 != nil {
			return nil, e1
		}
		if e2 != nil {
			return nil, e2
		}
		if fb == 0 {
			return nil, Errorf(ZeroDivisionError, "float divmod()")
		}
		q, m := floatDivMod(fa, fb)
		return Tuple{q, m}, nil
	}
	if r, found, e := callDunder(a, "__divmod__", b); found {
		return r, e
	}
	return nil, Errorf(TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", TypeName(a), TypeName(b))
}
