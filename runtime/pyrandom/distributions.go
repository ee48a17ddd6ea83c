package pyrandom

import "math"

// The real-valued distributions of random.py. They call random() exactly
// as CPython does and combine the draws with the same float64 operations in
// the same order. Their logarithms, exponentials, sines, cosines, arc
// cosines and powers are correctly rounded (see elem.go), while CPython's
// come from glibc, which rounds differently in about 0.1% of calls; so a
// value can rarely differ from CPython's in its last bit, and a rejection
// loop can then, more rarely still, take a different number of draws.

// Constants random.py computes at import time: twoPi here, nvMagic
// (NV_MAGICCONST = 4 * exp(-0.5) / sqrt(2.0), computeNVMagic), log4 (LOG4 =
// log(4.0), computeLog4) and sgMagic (SG_MAGICCONST = 1.0 + log(4.5),
// computeSGMagic) in tables.go.
var twoPi = 2 * math.Pi

func computeNVMagic() float64 {
	return float64(4*roundScaled(ddExp(ddFrom(-0.5)))) / math.Sqrt(2.0)
}

func computeLog4() float64 { return ddLog(4).float() }

func computeSGMagic() float64 { return 1.0 + ddLog(4.5).float() }

// Gauss is random.gauss(mu, sigma): Box-Muller, returning the second value
// of each pair on the next call. Seeding forgets that value; [State] and
// [Random.SetState] carry it.
func (r *Random) Gauss(mu, sigma float64) float64 {
	z, ok := r.gaussNext, r.hasGaussNext
	r.hasGaussNext = false
	if !ok {
		x2pi := float64(r.Random() * twoPi)
		lg, _ := mathLog(1.0 - r.Random()) // the argument is in (0, 1]
		g2rad := math.Sqrt(float64(-2.0 * lg))
		s, c := sinCos(x2pi)
		z = float64(c * g2rad)
		r.gaussNext, r.hasGaussNext = float64(s*g2rad), true
	}
	return mu + float64(z*sigma)
}

// sinCos is (math.sin(x), math.cos(x)).
func sinCos(x float64) (float64, float64) {
	if math.Abs(x) >= maxReduce || math.IsNaN(x) {
		return math.Sin(x), math.Cos(x)
	}
	s, c := ddSinCos(x)
	return s.float(), c.float()
}

// NormalVariate is random.normalvariate(mu, sigma), by Kinderman and
// Monahan's ratio of uniforms.
func (r *Random) NormalVariate(mu, sigma float64) float64 {
	return mu + float64(r.standardNormal()*sigma)
}

func (r *Random) standardNormal() float64 {
	for {
		u1 := r.Random()
		u2 := 1.0 - r.Random()
		z := float64(nvMagic*(u1-0.5)) / u2
		zz := float64(z*z) / 4.0
		lg, _ := mathLog(u2) // u2 is in (0, 1]
		if zz <= -lg {
			return z
		}
	}
}

// LognormVariate is random.lognormvariate(mu, sigma): exp of a normal
// variate. It fails with CPython's OverflowError when exp overflows.
func (r *Random) LognormVariate(mu, sigma float64) (float64, error) {
	return mathExp(r.NormalVariate(mu, sigma))
}

// ExpoVariate is random.expovariate(lambd). It fails with CPython's
// ZeroDivisionError when lambd is 0.
func (r *Random) ExpoVariate(lambd float64) (float64, error) {
	lg, _ := mathLog(1.0 - r.Random())
	if lambd == 0 {
		return 0, errFloatDiv()
	}
	return -lg / lambd, nil
}

// VonMisesVariate is random.vonmisesvariate(mu, kappa). Like CPython, it
// loops forever when kappa is NaN.
func (r *Random) VonMisesVariate(mu, kappa float64) (float64, error) {
	if kappa <= 1e-6 {
		return float64(twoPi * r.Random()), nil
	}
	s := 0.5 / kappa
	rr := s + math.Sqrt(1.0+float64(s*s))
	var z float64
	for {
		u1 := r.Random()
		z = mathCos(float64(math.Pi * u1))
		d := z / (rr + z)
		u2 := r.Random()
		if u2 < 1.0-float64(d*d) {
			break
		}
		ed, err := mathExp(d)
		if err != nil {
			return 0, err
		}
		if u2 <= float64((1.0-d)*ed) {
			break
		}
	}
	q := 1.0 / rr
	f := (q + z) / (1.0 + float64(q*z))
	u3 := r.Random()
	ac, err := mathAcos(f)
	if err != nil {
		return 0, err
	}
	if u3 > 0.5 {
		return pyMod(mu+ac, twoPi), nil
	}
	return pyMod(mu-ac, twoPi), nil
}

// pyMod is Python's float % float for y != 0: the result takes y's sign.
func pyMod(x, y float64) float64 {
	m := math.Mod(x, y)
	switch {
	case m == 0:
		return math.Copysign(0, y)
	case (y < 0) != (m < 0):
		return m + y
	}
	return m
}

// GammaVariate is random.gammavariate(alpha, beta). It fails with
// CPython's ValueError when alpha <= 0 or beta <= 0; like CPython, it loops
// forever when alpha is NaN.
func (r *Random) GammaVariate(alpha, beta float64) (float64, error) {
	if alpha <= 0.0 || beta <= 0.0 {
		return 0, newError(ValueError, "gammavariate: alpha and beta must be > 0.0")
	}
	switch {
	case alpha > 1.0:
		return r.gammaCheng(alpha, beta)
	case alpha == 1.0:
		lg, _ := mathLog(1.0 - r.Random())
		return float64(-lg * beta), nil
	default:
		return r.gammaGS(alpha, beta)
	}
}

// gammaCheng is gammavariate for alpha > 1 (R.C.H. Cheng, 1977).
func (r *Random) gammaCheng(alpha, beta float64) (float64, error) {
	ainv := math.Sqrt(float64(2.0*alpha) - 1.0)
	bbb := alpha - log4
	ccc := alpha + ainv
	for {
		u1 := r.Random()
		if !(1e-7 < u1 && u1 < 0.9999999) {
			continue
		}
		u2 := 1.0 - r.Random()
		lv, err := mathLog(u1 / (1.0 - u1))
		if err != nil {
			return 0, err
		}
		v := lv / ainv
		ev, err := mathExp(v)
		if err != nil {
			return 0, err
		}
		x := float64(alpha * ev)
		z := float64(float64(u1*u1) * u2)
		rr := bbb + float64(ccc*v) - x
		if rr+sgMagic-float64(4.5*z) >= 0.0 {
			return float64(x * beta), nil
		}
		lz, err := mathLog(z)
		if err != nil {
			return 0, err
		}
		if rr >= lz {
			return float64(x * beta), nil
		}
	}
}

// gammaGS is gammavariate for 0 < alpha < 1 (algorithm GS of Kennedy and
// Gentle).
func (r *Random) gammaGS(alpha, beta float64) (float64, error) {
	var x float64
	for {
		u := r.Random()
		b := (math.E + alpha) / math.E
		p := float64(b * u)
		var err error
		if p <= 1.0 {
			x, err = pyPow(p, 1.0/alpha)
		} else {
			var lg float64
			lg, err = mathLog((b - p) / alpha)
			x = -lg
		}
		if err != nil {
			return 0, err
		}
		u1 := r.Random()
		if p > 1.0 {
			px, err := pyPow(x, alpha-1.0)
			if err != nil {
				return 0, err
			}
			if u1 <= px {
				break
			}
		} else {
			ex, err := mathExp(-x)
			if err != nil {
				return 0, err
			}
			if u1 <= ex {
				break
			}
		}
	}
	return float64(x * beta), nil
}

// BetaVariate is random.betavariate(alpha, beta), from two gamma variates.
func (r *Random) BetaVariate(alpha, beta float64) (float64, error) {
	y, err := r.GammaVariate(alpha, 1.0)
	if err != nil || y == 0 {
		return 0, err
	}
	g, err := r.GammaVariate(beta, 1.0)
	if err != nil {
		return 0, err
	}
	return y / (y + g), nil
}

// ParetoVariate is random.paretovariate(alpha). It fails with CPython's
// ZeroDivisionError when alpha is 0.
func (r *Random) ParetoVariate(alpha float64) (float64, error) {
	u := 1.0 - r.Random()
	if alpha == 0 {
		return 0, errFloatDiv()
	}
	return pyPow(u, -1.0/alpha)
}

// WeibullVariate is random.weibullvariate(alpha, beta). It fails with
// CPython's ZeroDivisionError when beta is 0.
func (r *Random) WeibullVariate(alpha, beta float64) (float64, error) {
	u := 1.0 - r.Random()
	lg, _ := mathLog(u) // u is in (0, 1]
	if beta == 0 {
		return 0, errFloatDiv()
	}
	p, err := pyPow(-lg, 1.0/beta)
	if err != nil {
		return 0, err
	}
	return float64(alpha * p), nil
}
