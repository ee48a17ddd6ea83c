package py

// Int fast paths for generated code. Each is small enough for the Go
// compiler to inline at the call site: it computes the operation when both
// operands are Go ints (and, for arithmetic, the result does not overflow)
// and reports ok; otherwise ok is false and the caller performs the general
// operation (Add, Sub, Eq, ...), which gives the same result for ints, so
// the fast path changes speed only.

// AddInts is a + b when both are ints and the sum fits in an int.
func AddInts(a, b Object) (r Object, ok bool) {
	x, okx := a.(int)
	y, oky := b.(int)
	if c := x + y; okx && oky && (c > x) == (y > 0) {
		return intObject(c), true
	}
	return nil, false
}

// SubInts is a - b when both are ints and the difference fits in an int.
func SubInts(a, b Object) (r Object, ok bool) {
	x, okx := a.(int)
	y, oky := b.(int)
	if c := x - y; okx && oky && (c < x) == (y > 0) {
		return intObject(c), true
	}
	return nil, false
}

// EqInts is a == b when both are ints.
func EqInts(a, b Object) (r, ok bool) {
	x, okx := a.(int)
	y, oky := b.(int)
	return x == y, okx && oky
}

// NeInts is a != b when both are ints.
func NeInts(a, b Object) (r, ok bool) {
	x, okx := a.(int)
	y, oky := b.(int)
	return x != y, okx && oky
}

// LtInts is a < b when both are ints.
func LtInts(a, b Object) (r, ok bool) {
	x, okx := a.(int)
	y, oky := b.(int)
	return x < y, okx && oky
}

// LeInts is a <= b when both are ints.
func LeInts(a, b Object) (r, ok bool) {
	x, okx := a.(int)
	y, oky := b.(int)
	return x <= y, okx && oky
}

// GtInts is a > b when both are ints.
func GtInts(a, b Object) (r, ok bool) {
	x, okx := a.(int)
	y, oky := b.(int)
	return x > y, okx && oky
}

// GeInts is a >= b when both are ints.
func GeInts(a, b Object) (r, ok bool) {
	x, okx := a.(int)
	y, oky := b.(int)
	return x >= y, okx && oky
}

// IntObject returns i as an Object, without allocating for small i.
func IntObject(i int) Object { return intObject(i) }
