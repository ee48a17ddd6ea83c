package pyrandom

import (
	"math"
	"testing"
)

func init() {
	for name, f := range map[string]func(r *Random) error{
		"randrange(2.5)":       func(*Random) error { _, _, err := RandrangeFloatArg(ArgStart, 2.5); return err },
		"randrange(0,2.5)":     func(*Random) error { _, _, err := RandrangeFloatArg(ArgStop, 2.5); return err },
		"randrange(0,10,1.5)":  func(*Random) error { _, _, err := RandrangeFloatArg(ArgStep, 1.5); return err },
		"randrange(inf)":       func(*Random) error { _, _, err := RandrangeFloatArg(ArgStart, math.Inf(1)); return err },
		"randrange(nan)":       func(*Random) error { _, _, err := RandrangeFloatArg(ArgStart, math.NaN()); return err },
		"randrange(10,step=2)": func(*Random) error { return MissingStopError() },
		"seed((1,2))":          func(*Random) error { return UnsupportedSeedError() },
	} {
		goldenErrors[name] = f
	}
}

// goldenWarnings mirrors warning_cases() in gen.py: the warning each
// randrange float argument gives.
var goldenWarnings = map[string]struct {
	which RangeArg
	f     float64
}{
	"randrange(3.0)":      {ArgStart, 3.0},
	"randrange(2.5)":      {ArgStart, 2.5},
	"randrange(0,4.0)":    {ArgStop, 4.0},
	"randrange(0,10,2.0)": {ArgStep, 2.0},
}

func TestRandrangeFloatArgWarnings(t *testing.T) {
	seen := 0
	for _, g := range readGolden(t) {
		if g.WarnCase == "" {
			continue
		}
		seen++
		c, ok := goldenWarnings[g.WarnCase]
		if !ok {
			t.Errorf("no Go warning case %q", g.WarnCase)
			continue
		}
		n, warning, err := RandrangeFloatArg(c.which, c.f)
		if g.Category != "DeprecationWarning" || warning != g.Warning {
			t.Errorf("%s: warning %q, want %s %q", g.WarnCase, warning, g.Category, g.Warning)
		}
		if c.f == math.Trunc(c.f) && (err != nil || n.Int64() != int64(c.f)) {
			t.Errorf("%s: got %v, %v; want %v", g.WarnCase, n, err, c.f)
		}
	}
	if seen != len(goldenWarnings) {
		t.Errorf("golden file has %d warning cases, Go has %d", seen, len(goldenWarnings))
	}
}
