package pyrandom

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"
)

func distOp(n int, f func(r *Random) (float64, error)) func(r *Random) []string {
	return floatOp(n, func(r *Random) float64 { return must(f(r)) })
}

func noErr(f func(r *Random) float64) func(r *Random) (float64, error) {
	return func(r *Random) (float64, error) { return f(r), nil }
}

// distributionOps mirrors DISTRIBUTIONS in gen.py.
var distributionOps = map[string]func(r *Random) []string{
	"gauss":                  distOp(1000, noErr(func(r *Random) float64 { return r.Gauss(0, 1) })),
	"gauss(3,0.5)":           distOp(201, noErr(func(r *Random) float64 { return r.Gauss(3, 0.5) })),
	"normalvariate":          distOp(1000, noErr(func(r *Random) float64 { return r.NormalVariate(0, 1) })),
	"lognormvariate":         distOp(300, func(r *Random) (float64, error) { return r.LognormVariate(0.5, 2) }),
	"expovariate":            distOp(1000, func(r *Random) (float64, error) { return r.ExpoVariate(1.5) }),
	"expovariate(-2)":        distOp(100, func(r *Random) (float64, error) { return r.ExpoVariate(-2) }),
	"vonmisesvariate":        distOp(300, func(r *Random) (float64, error) { return r.VonMisesVariate(1, 4) }),
	"vonmisesvariate(0.5,0)": distOp(50, func(r *Random) (float64, error) { return r.VonMisesVariate(0.5, 0) }),
	"gammavariate(0.5)":      distOp(300, func(r *Random) (float64, error) { return r.GammaVariate(0.5, 2) }),
	"gammavariate(1)":        distOp(100, func(r *Random) (float64, error) { return r.GammaVariate(1, 3) }),
	"gammavariate(2.5)":      distOp(300, func(r *Random) (float64, error) { return r.GammaVariate(2.5, 1) }),
	"betavariate":            distOp(300, func(r *Random) (float64, error) { return r.BetaVariate(2, 5) }),
	"paretovariate":          distOp(300, func(r *Random) (float64, error) { return r.ParetoVariate(2.5) }),
	"weibullvariate":         distOp(300, func(r *Random) (float64, error) { return r.WeibullVariate(1.5, 0.7) }),
}

// libmOp evaluates f on n arguments drawn by arg, as libm() in gen.py does.
func libmOp(n int, arg func(r *Random) float64, f func(x float64) (float64, error)) func(r *Random) []string {
	return floatOp(n, func(r *Random) float64 { return must(f(arg(r))) })
}

func unitLog(r *Random) float64 { return 1.0 - r.Random() }

func wideLog(r *Random) float64 {
	x := 1.0 - r.Random()
	return math.Ldexp(x, must(r.Randrange(-1000, 1020, 1)))
}

func wideExp(r *Random) float64 { return (r.Random() - 0.5) * 1400 }

func turn(r *Random) float64 { return r.Random() * (2 * math.Pi) }

func noErr1(f func(float64) float64) func(float64) (float64, error) {
	return func(x float64) (float64, error) { return f(x), nil }
}

// powSpecial mirrors POW_SPECIAL in gen.py.
var powSpecial = []float64{0.0, math.Copysign(0, -1), 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1e300,
	-1e300, 5e-324, math.Inf(1), math.Inf(-1), math.NaN(), 1.5, -7.0, 1e-5}

// powSpecialOp mirrors pow_special in gen.py.
func powSpecialOp(*Random) []string {
	var out []string
	for _, x := range powSpecial {
		for _, y := range powSpecial {
			v, err := pyPow(x, y)
			var pe *Error
			switch {
			case err == nil:
				out = append(out, fl(v))
			case errors.As(err, &pe) && pe.Msg == errComplexPow().Msg:
				out = append(out, "complex")
			default:
				out = append(out, "!"+err.Error())
			}
		}
	}
	return out
}

// onceOps mirrors the seed-independent operations of ONCE in gen.py
// beyond those in goldenOps.
var onceOps = map[string]func(r *Random) []string{
	"pow-special": powSpecialOp,
	"constants": func(*Random) []string {
		return []string{fl(nvMagic), fl(sgMagic), fl(log4), fl(math.E), fl(twoPi), fl(pi().float())}
	},
	"libm-log":      libmOp(3000, unitLog, mathLog),
	"libm-log-wide": libmOp(3000, wideLog, mathLog),
	"libm-exp":      libmOp(3000, wideExp, mathExp),
	"libm-cos":      libmOp(3000, turn, noErr1(mathCos)),
	"libm-sin":      libmOp(3000, turn, noErr1(mathSin)),
	"libm-acos":     libmOp(3000, func(r *Random) float64 { return r.Random()*2 - 1 }, mathAcos),
	"libm-pow": floatOp(3000, func(r *Random) float64 {
		x := r.Random()
		y := (r.Random() - 0.5) * 20
		return must(pyPow(x, y))
	}),
	"cr-log": libmOp(3000, wideLog, mathLog),
	"cr-sin": libmOp(3000, turn, noErr1(mathSin)),
	"cr-cos": libmOp(3000, turn, noErr1(mathCos)),
	"cr-pow": floatOp(3000, func(r *Random) float64 {
		x := r.Random()
		y := (r.Random() - 0.5) * 20
		return must(pyPow(x, y))
	}),
	"cr-exp":           libmOp(3000, wideExp, mathExp),
	"cr-exp-subnormal": libmOp(500, func(r *Random) float64 { return -708.0 - r.Random()*37.5 }, mathExp),
}

func init() {
	for name, op := range distributionOps {
		goldenOps[name] = op
	}
	for name, op := range onceOps {
		goldenOps[name] = op
	}
	for name, f := range map[string]func(r *Random) error{
		"gammavariate(0,1)":       func(r *Random) error { _, err := r.GammaVariate(0, 1); return err },
		"gammavariate(1,-1)":      func(r *Random) error { _, err := r.GammaVariate(1, -1); return err },
		"expovariate(0)":          func(r *Random) error { _, err := r.ExpoVariate(0); return err },
		"paretovariate(0)":        func(r *Random) error { _, err := r.ParetoVariate(0); return err },
		"weibullvariate(1,0)":     func(r *Random) error { _, err := r.WeibullVariate(1, 0); return err },
		"lognormvariate-overflow": func(r *Random) error { _, err := r.LognormVariate(1000, 1); return err },
	} {
		goldenErrors[name] = f
	}
}

// libmTolerance is the share of values an operation named "libm-..." may
// round differently from glibc (by one unit in the last place at most):
// pyrandom rounds correctly, glibc does not quite always.
const libmTolerance = 0.005

// distTolerance and distUlps bound the values of a distribution that may
// differ from CPython's, and by how much, through those roundings: a
// distribution combines several functions, and acos near +-1 magnifies an
// error. A rejection loop that drew a different number of times would
// throw every later value far out of these bounds.
const (
	distTolerance = 0.02
	distUlps      = 16
)

// compareApprox checks got against want allowing at most share of the
// values to differ, each by at most maxUlps units in the last place.
func compareApprox(t *testing.T, got, want []string, maxUlps int64, share float64) {
	t.Helper()
	bad := 0
	for i := range want {
		if got[i] == want[i] {
			continue
		}
		g, w := floatBits(t, got[i]), floatBits(t, want[i])
		if d := int64(g - w); d > maxUlps || d < -maxUlps {
			t.Fatalf("value %d: got %s, want %s: more than %d ulps apart", i, got[i], want[i], maxUlps)
		}
		bad++
	}
	if bad > 0 {
		t.Logf("%d of %d values differ from CPython's in the last bits", bad, len(want))
	}
	if float64(bad) > share*float64(len(want)) {
		t.Errorf("%d of %d values differ from CPython's, more than %.1f%%", bad, len(want), 100*share)
	}
}

func floatBits(t *testing.T, s string) uint64 {
	t.Helper()
	v, err := strconv.ParseUint(strings.TrimPrefix(s, "float:"), 16, 64)
	if err != nil {
		t.Fatalf("not a float token %q", s)
	}
	return v
}
