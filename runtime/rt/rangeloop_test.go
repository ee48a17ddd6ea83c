package rt

import (
	"math"
	"testing"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// TestRangeLoop checks the counter loop against the items CPython's range
// gives, including ranges that reach the ends of int, and its fallback to
// the builtin for arguments that are not ints.
func TestRangeLoop(t *testing.T) {
	rangeBuiltin := MustBuiltin("range")
	const max, min = math.MaxInt, math.MinInt
	tests := []struct {
		args []py.Object
		want []int
	}{
		{[]py.Object{5}, []int{0, 1, 2, 3, 4}},
		{[]py.Object{0}, nil},
		{[]py.Object{-3}, nil},
		{[]py.Object{2, 5}, []int{2, 3, 4}},
		{[]py.Object{1, 10, 3}, []int{1, 4, 7}},
		{[]py.Object{10, 1, -3}, []int{10, 7, 4}},
		{[]py.Object{1, 10, -1}, nil},
		{[]py.Object{max - 2, max}, []int{max - 2, max - 1}},
		{[]py.Object{max - 5, max, 2}, []int{max - 5, max - 3, max - 1}},
		{[]py.Object{min, min + 2}, []int{min, min + 1}},
		{[]py.Object{min + 1, min - 0, -1}, []int{min + 1}},
		{[]py.Object{0, max, max}, []int{0}},
		{[]py.Object{0, min, min}, []int{0}},
		{[]py.Object{max, min, min}, []int{max, -1}},
		{[]py.Object{true, 3}, []int{1, 2}},
	}
	for _, tt := range tests {
		r, e := RangeLoop(rangeBuiltin, tt.args...)
		if e != nil {
			t.Errorf("range%v: %v", tt.args, e)
			continue
		}
		var got []int
		for {
			v, done, e := r.Next()
			if e != nil {
				t.Fatalf("range%v: %v", tt.args, e)
			}
			if done {
				break
			}
			got = append(got, v.(int))
			if len(got) > len(tt.want)+1 {
				break
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("range%v = %v, want %v", tt.args, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("range%v = %v, want %v", tt.args, got, tt.want)
				break
			}
		}
	}
	for _, args := range [][]py.Object{{1, 5, 0}, {2.5}, {"3"}, {1, 2, 3, 4}} {
		if _, e := RangeLoop(rangeBuiltin, args...); e == nil {
			t.Errorf("range%v: no error", args)
		}
	}
}
