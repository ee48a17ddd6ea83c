package py

// Number fast paths for generated code. Each is small enough for the Go
// compiler to inline at the call site: it computes the operation when both
// operands are Go ints (and, for arithmetic, the result does not overflow)
// or both floats, and reports ok; otherwise ok is false and the caller
// performs the general operation (Add, Sub, Eq, ...), which gives the same
// result for those operands, so the fast path changes speed only.

// AddNums is a + b when both are ints (and the sum fits) or both floats.
func AddNums(a, b Object) (r Object, ok bool) {
	switch x := a.(type) {
	case int:
		if y, ok := b.(int); ok {
			if c := x + y; (c > x) == (y > 0) {
				return intObject(c), true
			}
		}
	case float64:
		if y, ok := b.(float64); ok {
			return x + y, true
		}
	}
	return nil, false
}

// SubNums is a - b when both are ints (and the difference fits) or both
// floats.
func SubNums(a, b Object) (r Object, ok bool) {
	switch x := a.(type) {
	case int:
		if y, ok := b.(int); ok {
			if c := x - y; (c < x) == (y > 0) {
				return intObject(c), true
			}
		}
	case float64:
		if y, ok := b.(float64); ok {
			return x - y, true
		}
	}
	return nil, false
}

// EqNums is a == b when both are ints or both floats.
func EqNums(a, b Object) (r, ok bool) {
	switch x := a.(type) {
	case int:
		y, ok := b.(int)
		return x == y, ok
	case float64:
		y, ok := b.(float64)
		return x == y, ok
	}
	return false, false
}

// NeNums is a != b when both are ints or both floats.
func NeNums(a, b Object) (r, ok bool) {
	switch x := a.(type) {
	case int:
		y, ok := b.(int)
		return x != y, ok
	case float64:
		y, ok := b.(float64)
		return x != y, ok
	}
	return false, false
}

// LtNums is a < b when both are ints or both floats.
func LtNums(a, b Object) (r, ok bool) {
	switch x := a.(type) {
	case int:
		y, ok := b.(int)
		return x < y, ok
	case float64:
		y, ok := b.(float64)
		return x < y, ok
	}
	return false, false
}

// LeNums is a <= b when both are ints or both floats.
func LeNums(a, b Object) (r, ok bool) {
	switch x := a.(type) {
	case int:
		y, ok := b.(int)
		return x <= y, ok
	case float64:
		y, ok := b.(float64)
		return x <= y, ok
	}
	return false, false
}

// GtNums is a > b when both are ints or both floats.
func GtNums(a, b Object) (r, ok bool) {
	switch x := a.(type) {
	case int:
		y, ok := b.(int)
		return x > y, ok
	case float64:
		y, ok := b.(float64)
		return x > y, ok
	}
	return false, false
}

// GeNums is a >= b when both are ints or both floats.
func GeNums(a, b Object) (r, ok bool) {
	switch x := a.(type) {
	case int:
		y, ok := b.(int)
		return x >= y, ok
	case float64:
		y, ok := b.(float64)
		return x >= y, ok
	}
	return false, false
}

// IntObject returns i as an Object, without allocating for small i.
func IntObject(i int) Object { return intObject(i) }
