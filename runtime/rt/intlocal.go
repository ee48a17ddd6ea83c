package rt

import (
	"math"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// Unboxed is the marker a compiled function stores in a local variable
// whose value it keeps in a Go int beside it (an "int local": see
// codegen's intlocal.go). The variable is then in one of three states:
// nil (unbound), Unboxed (the value is the Go int) or any other object
// (the value itself). Reading it as an object boxes the int once
// (Boxed). The marker never reaches Python code.
type Unboxed struct{}

// Boxed returns the object value of the int local (v, i): v, or i boxed
// when v is the Unboxed marker. Compiled code stores the result back in
// the variable, so that later reads share the box.
func Boxed(v py.Object, i int) py.Object {
	if _, ok := v.(Unboxed); ok {
		return py.IntObject(i)
	}
	return v
}

// IntOf returns the Go int value of an int local (v, i) when it holds a
// Python int that fits one.
func IntOf(v py.Object, i int) (int, bool) {
	if _, ok := v.(Unboxed); ok {
		return i, true
	}
	return py.ExactInt(v)
}

// RangeCount is the number of items of range(start, stop, step), ok false
// when step is 0 (range raises) or the count does not fit an int.
func RangeCount(start, stop, step int) (n int, ok bool) {
	left := rangeLeft(start, stop, step)
	return int(left), step != 0 && left <= math.MaxInt
}
