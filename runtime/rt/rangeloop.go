package rt

import (
	"math"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// IntRange is the iterator of "for x in range(...)" in compiled code: a
// counter in the loop's own variable when the arguments are Go ints (no
// range object, no iterator allocation, no dynamic call per item), else
// the iterator of the range object the builtin makes (big ints, errors).
type IntRange struct {
	cur, step int
	left      uint // items still to come from the counter
	iter      py.Object
}

// RangeLoop starts a loop over range(args...), args being what the
// program passes to range (one to three values).
func RangeLoop(rangeBuiltin py.Object, args ...py.Object) (IntRange, *py.Exc) {
	start, stop, step := 0, 0, 1
	ints := len(args) <= 3
	var v [3]int
	for i, a := range args[:min(len(args), 3)] {
		n, ok := a.(int)
		ints = ints && ok
		v[i] = n
	}
	switch len(args) {
	case 1:
		stop = v[0]
	case 2:
		start, stop = v[0], v[1]
	case 3:
		start, stop, step = v[0], v[1], v[2]
	default:
		ints = false
	}
	if !ints || step == 0 {
		r, e := py.Call(rangeBuiltin, append([]py.Object(nil), args...), nil)
		if e != nil {
			return IntRange{}, e
		}
		it, e := Iter(r)
		return IntRange{iter: it}, e
	}
	return IntRange{cur: start, step: step, left: rangeLeft(start, stop, step)}, nil
}

// rangeLeft is the number of items of range(start, stop, step), step not 0.
func rangeLeft(start, stop, step int) uint {
	switch {
	case step > 0 && start < stop:
		return (uint(stop)-uint(start)-1)/uint(step) + 1
	case step < 0 && start > stop:
		return (uint(start)-uint(stop)-1)/(-uint(step)) + 1
	}
	return 0
}

// Next returns the loop's next item, or done at the end.
func (r *IntRange) Next() (item py.Object, done bool, e *py.Exc) {
	if v, ok := r.NextInt(); ok {
		return py.IntObject(v), false, nil
	}
	return r.next()
}

// NextInt returns the counter's next item as a Go int; ok is false when
// the counter has none (the loop is over, or runs over a range object's
// iterator: Next then gives its items).
func (r *IntRange) NextInt() (item int, ok bool) {
	if r.left > 0 {
		v := r.cur
		r.cur += r.step
		r.left--
		return v, true
	}
	return 0, false
}

// Counter hands the loop's counter to compiled code that runs the loop on
// Go ints: the next item, the step and how many items are left (0 when
// the loop runs over a range object's iterator instead). SetCounter gives
// it back.
func (r *IntRange) Counter() (cur, step int, left uint) { return r.cur, r.step, r.left }

// SetCounter sets the counter's next item and how many are left, after
// compiled code took items from it (see Counter).
func (r *IntRange) SetCounter(cur int, left uint) { r.cur, r.left = cur, left }

func (r *IntRange) next() (py.Object, bool, *py.Exc) {
	if r.iter == nil {
		return nil, true, nil
	}
	return Next(r.iter)
}

// Len is how many items the counter has still to give (0 when the loop
// runs over a range object's iterator instead).
func (r *IntRange) Len() int { return int(min(r.left, math.MaxInt)) }

// ListFor returns the empty list a list comprehension over r fills: with
// room for all of r's items when the comprehension keeps every one (up
// to a million; a longer list grows as appends need), so it is not
// reallocated, and the old arrays are no garbage, while it fills.
func ListFor(r *IntRange) *py.List {
	return &py.List{Items: make([]py.Object, 0, min(r.Len(), 1<<20))}
}
