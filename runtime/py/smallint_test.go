package py

import "testing"

func TestIntObject(t *testing.T) {
	for _, i := range []int{-1, 0, 1, 255, 256, 1023, 1024, 1 << 40, -1 << 40} {
		if got := intObject(i); got != Object(i) {
			t.Errorf("intObject(%d) = %#v", i, got)
		}
	}
}

// TestSmallIntArithmeticAllocates checks that counters and range loops over
// small ints allocate nothing, and that larger results still do (the check
// would pass vacuously if nothing allocated at all).
func TestSmallIntArithmeticAllocates(t *testing.T) {
	tests := []struct {
		name  string
		start int
		want  float64
	}{
		{"small", 500, 0},
		{"large", 1 << 20, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sink Object
			start := Object(tt.start)
			got := testing.AllocsPerRun(100, func() {
				v, _ := InPlace("+", start, 1)
				w, _ := Add(v, 1)
				x, _ := Sub(w, 1)
				sink = x
			})
			if got != tt.want {
				t.Errorf("allocations = %v, want %v", got, tt.want)
			}
			_ = sink
		})
	}
}
