package main

import (
	"os/exec"
	"path/filepath"
	"testing"
)

// TestWorkloadsAgree runs every workload at a small size with python3 and
// as its hand-written Go program, and checks that bench accepts both
// outputs: the expected results bench computes match what the programs
// really print.
func TestWorkloadsAgree(t *testing.T) {
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range workloads {
		t.Run(w.name, func(t *testing.T) {
			sizes := w.sizes(0.01)
			args := argStrings(sizes)
			check := w.want(sizes)
			py := append([]string{filepath.Join(root, "bench", "workloads", w.name+".py")}, args...)
			out, err := exec.Command("python3", py...).Output()
			if err != nil {
				t.Fatalf("python3 %v: %v", py, err)
			}
			if _, err := check(string(out)); err != nil {
				t.Errorf("python3: %v", err)
			}
			goArgs := append([]string{"run", "./bench/gobench/" + w.name}, args...)
			cmd := exec.Command("go", goArgs...)
			cmd.Dir = root
			out, err = cmd.Output()
			if err != nil {
				t.Fatalf("go %v: %v", goArgs, err)
			}
			if _, err := check(string(out)); err != nil {
				t.Errorf("go: %v", err)
			}
		})
	}
}

func TestChecksRejectWrongOutput(t *testing.T) {
	for _, w := range workloads {
		sizes := w.sizes(0.01)
		for _, out := range []string{"", "sum 0", "woke 1 in_order 1", "switches 1"} {
			if _, err := w.want(sizes)(out); err == nil {
				t.Errorf("%s accepts %q for sizes %v", w.name, out, sizes)
			}
		}
	}
}

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		in   []int64
		want int64
	}{
		{nil, 0},
		{[]int64{7}, 7},
		{[]int64{9, 1, 5}, 5},
		{[]int64{4, 1, 3, 2}, 2},
	} {
		samples := make([]sample, len(tc.in))
		for i, v := range tc.in {
			samples[i].rss = v
		}
		if got := (&cell{samples: samples}).rss(); got != tc.want {
			t.Errorf("median of %v = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestFormatRatio checks how a speed-up is shown against its target and
// the ceiling the start-up floor sets.
func TestFormatRatio(t *testing.T) {
	tests := []struct {
		x, target, ceiling float64
		md                 bool
		want               string
	}{
		{0, 50, 0, false, "–"},
		{12.5, 0, 0, false, "12.50×"},
		{60, 50, 90, false, "60.00× (≥ 50× ok)"},
		{40, 50, 90, false, "40.00× (≥ 50× MISS)"},
		{40, 50, 90, true, "40.00× (≥ 50× **miss**)"},
		{55, 100, 93.4, true, "55.00× (≥ 100× **miss**; at most 93× possible)"},
		{55, 100, 0, false, "55.00× (≥ 100× MISS)"},
	}
	for _, tt := range tests {
		if got := formatRatio(tt.x, tt.target, tt.ceiling, tt.md); got != tt.want {
			t.Errorf("formatRatio(%g, %g, %g, %v) = %q, want %q", tt.x, tt.target, tt.ceiling, tt.md, got, tt.want)
		}
	}
}
