package py

import (
	"math"
	"math/big"
)

type cmpop uint8

const (
	cmpLt cmpop = iota
	cmpLe
	cmpEq
	cmpNe
	cmpGt
	cmpGe
)

var cmpSymbol = [...]string{"<", "<=", "==", "!=", ">", ">="}
var cmpDunder = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}
var cmpSwapped = [...]cmpop{cmpGt, cmpGe, cmpEq, cmpNe, cmpLt, cmpLe}

// Eq is a == b.
func Eq(a, b Object) (bool, *Exc) {
	if x, ok := a.(int); ok {
		if y, ok := b.(int); ok {
			return x == y, nil
		}
	}
	if x, ok := a.(string); ok {
		if y, ok := b.(string); ok {
			return x == y, nil
		}
	}
	return richCompare(cmpEq, a, b)
}

// Ne is a != b.
func Ne(a, b Object) (bool, *Exc) { return richCompare(cmpNe, a, b) }

// Lt is a < b.
func Lt(a, b Object) (bool, *Exc) {
	if x, ok := a.(int); ok {
		if y, ok := b.(int); ok {
			return x < y, nil
		}
	}
	return richCompare(cmpLt, a, b)
}

// Le is a <= b.
func Le(a, b Object) (bool, *Exc) { return richCompare(cmpLe, a, b) }

// Gt is a > b.
func Gt(a, b Object) (bool, *Exc) { return richCompare(cmpGt, a, b) }

// Ge is a >= b.
func Ge(a, b Object) (bool, *Exc) { return richCompare(cmpGe, a, b) }

// Is is "a is b": identity for pointers, value identity for the immutable
// scalars Go stores unboxed (small ints, floats, strings compare equal
// when CPython would typically share them).
func Is(a, b Object) bool {
	switch x := a.(type) {
	case NoneType:
		// A type check: a == b would call the runtime's interface
		// comparison for the empty struct.
		_, ok := b.(NoneType)
		return ok
	case bool, int, string, float64:
		return a == b
	case *big.Int:
		y, ok := b.(*big.Int)
		return ok && x == y
	case Tuple:
		y, ok := b.(Tuple)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	case Bytes:
		y, ok := b.(Bytes)
		return ok && x == y
	}
	defer func() { _ = recover() }() // uncomparable values are never identical
	return a == b
}

// In is "a in container".
func In(a, container Object) (bool, *Exc) { return Contains(container, a) }

// NotIn is "a not in container".
func NotIn(a, container Object) (bool, *Exc) {
	r, e := Contains(container, a)
	return !r, e
}

func cmpResult(op cmpop, c int) bool {
	switch op {
	case cmpLt:
		return c < 0
	case cmpLe:
		return c <= 0
	case cmpEq:
		return c == 0
	case cmpNe:
		return c != 0
	case cmpGt:
		return c > 0
	default:
		return c >= 0
	}
}

// numCompare compares two numbers exactly; ok is false when either is
// not a number. unordered is set for NaN.
func numCompare(a, b Object) (c int, unordered, ok bool) {
	as, ab, aInt := asInt(a)
	bs, bb, bInt := asInt(b)
	if aInt && bInt {
		if ab == nil && bb == nil {
			switch {
			case as < bs:
				return -1, false, true
			case as > bs:
				return 1, false, true
			}
			return 0, false, true
		}
		return toBig(as, ab).Cmp(toBig(bs, bb)), false, true
	}
	fa, aF := a.(float64)
	fb, bF := b.(float64)
	switch {
	case aF && bF:
		if math.IsNaN(fa) || math.IsNaN(fb) {
			return 0, true, true
		}
		switch {
		case fa < fb:
			return -1, false, true
		case fa > fb:
			return 1, false, true
		}
		return 0, false, true
	case aF && bInt:
		c, un := floatIntCompare(fa, toBig(bs, bb))
		return c, un, true
	case aInt && bF:
		c, un := floatIntCompare(fb, toBig(as, ab))
		return -c, un, true
	}
	return 0, false, false
}

func floatIntCompare(f float64, n *big.Int) (int, bool) {
	if math.IsNaN(f) {
		return 0, true
	}
	if math.IsInf(f, 1) {
		return 1, false
	}
	if math.IsInf(f, -1) {
		return -1, false
	}
	return new(big.Float).SetFloat64(f).Cmp(new(big.Float).SetInt(n)), false
}

func richCompare(op cmpop, a, b Object) (bool, *Exc) {
	if c, unordered, ok := numCompare(a, b); ok {
		if unordered {
			return op == cmpNe, nil
		}
		return cmpResult(op, c), nil
	}
	switch x := a.(type) {
	case string:
		if y, ok := b.(string); ok {
			return cmpResult(op, compareStrings(x, y)), nil
		}
	case Bytes:
		if y, ok := b.(Bytes); ok {
			return cmpResult(op, compareStrings(string(x), string(y))), nil
		}
	case NoneType:
		if _, ok := b.(NoneType); ok && (op == cmpEq || op == cmpNe) {
			return op == cmpEq, nil
		}
	case Tuple:
		if y, ok := b.(Tuple); ok {
			return seqCompare(op, x, y)
		}
	case *List:
		if y, ok := b.(*List); ok {
			return seqCompare(op, x.Items, y.Items)
		}
	case *Dict:
		if y, ok := b.(*Dict); ok && (op == cmpEq || op == cmpNe) {
			eq, e := dictEqual(x, y)
			return eq == (op == cmpEq), e
		}
	case *Set, *FrozenSet:
		if r, ok, e := setCompare(op, a, b); ok {
			return r, e
		}
	case *Range:
		if y, ok := b.(*Range); ok && (op == cmpEq || op == cmpNe) {
			return rangeEqual(x, y) == (op == cmpEq), nil
		}
	case *Exc:
		if op == cmpEq || op == cmpNe {
			if _, user := x.Class.Lookup(cmpDunder[op]); !user {
				return (a == b) == (op == cmpEq), nil
			}
		}
	}
	// User-defined comparisons: a.__op__(b), then b.__swapped__(a).
	if r, found, e := callDunder(a, cmpDunder[op], b); found && (e != nil || r != NotImplemented) {
		if e != nil {
			return false, e
		}
		return Truth(r)
	}
	if r, found, e := callDunder(b, cmpDunder[cmpSwapped[op]], a); found && (e != nil || r != NotImplemented) {
		if e != nil {
			return false, e
		}
		return Truth(r)
	}
	switch op {
	case cmpEq:
		return Is(a, b), nil
	case cmpNe:
		if r, found, e := callDunder(a, "__eq__", b); found && (e != nil || r != NotImplemented) {
			if e != nil {
				return false, e
			}
			t, e := Truth(r)
			return !t, e
		}
		return !Is(a, b), nil
	}
	return false, Errorf(TypeError, "'%s' not supported between instances of '%s' and '%s'", cmpSymbol[op], TypeName(a), TypeName(b))
}

// compareStrings orders by code point; Go's byte order on UTF-8 is the
// same.
func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func seqCompare(op cmpop, x, y []Object) (bool, *Exc) {
	if (op == cmpEq || op == cmpNe) && len(x) != len(y) {
		return op == cmpNe, nil
	}
	n := min(len(x), len(y))
	for i := 0; i < n; i++ {
		if Is(x[i], y[i]) {
			continue
		}
		eq, e := Eq(x[i], y[i])
		if e != nil {
			return false, e
		}
		if !eq {
			switch op {
			case cmpEq:
				return false, nil
			case cmpNe:
				return true, nil
			}
			return richCompare(op, x[i], y[i])
		}
	}
	switch {
	case len(x) < len(y):
		return cmpResult(op, -1), nil
	case len(x) > len(y):
		return cmpResult(op, 1), nil
	}
	return cmpResult(op, 0), nil
}

var cmpByText = map[string]cmpop{"<": cmpLt, "<=": cmpLe, "==": cmpEq, "!=": cmpNe, ">": cmpGt, ">=": cmpGe}

// CompareOp is the value of the comparison expression "a op b" (op one
// of < <= == != > >=). It differs from Eq, Lt, ... only for user classes
// whose comparison methods return something other than a bool, which it
// returns unchanged, as Python does.
func CompareOp(op string, a, b Object) (Object, *Exc) {
	o, ok := cmpByText[op]
	if !ok {
		return nil, Errorf(SystemError, "unknown comparison %s", op)
	}
	if classOf(a) != nil || classOf(b) != nil {
		if r, found, e := callDunder(a, cmpDunder[o], b); found && (e != nil || r != NotImplemented) {
			return r, e
		}
		if r, found, e := callDunder(b, cmpDunder[cmpSwapped[o]], a); found && (e != nil || r != NotImplemented) {
			return r, e
		}
	}
	return richCompare(o, a, b)
}
