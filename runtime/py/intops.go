package py

import "math"

// Go-int arithmetic for compiled code that keeps Python ints in Go ints
// (see codegen's int functions), beside AddInt, SubInt and MulInt. Each
// reports ok false, computing nothing useful, when the Python result is
// not a Go int (it overflows) or the operation raises (division by zero):
// the caller then redoes the work with the general operations, which give
// the exact result or the exception. All are small enough to inline.

// FloorDivFast is a // b, rounding towards negative infinity.
func FloorDivFast(a, b int) (int, bool) {
	if b == 0 || (a == math.MinInt && b == -1) {
		return 0, false
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q, true
}

// ModFast is a % b, with the sign of b.
func ModFast(a, b int) (int, bool) {
	if b == 0 {
		return 0, false
	}
	r := a % b
	if r != 0 && ((r < 0) != (b < 0)) {
		r += b
	}
	return r, true
}

// NegFast is -a.
func NegFast(a int) (int, bool) { return -a, a != math.MinInt }

// ExactInt returns o's value when o is a Python int held in a Go int (not
// a bool, not a big int).
func ExactInt(o Object) (int, bool) {
	i, ok := o.(int)
	return i, ok
}

// IndexFast is o[i] for a list or tuple o and an index in range (negative
// ones count from the end); ok is false for anything else, which the
// general GetItem handles (and raises for).
func IndexFast(o Object, i int) (Object, bool) {
	var items []Object
	switch v := o.(type) {
	case *List:
		items = v.Items
	case Tuple:
		items = v
	default:
		return nil, false
	}
	if i < 0 {
		i += len(items)
	}
	if uint(i) < uint(len(items)) {
		return items[i], true
	}
	return nil, false
}
