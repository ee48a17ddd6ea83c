package pyrandom

import "math"

// Uniform returns a + (b-a) * random(), as random.uniform(a, b) does.
func (r *Random) Uniform(a, b float64) float64 {
	return a + float64((b-a)*r.Random())
}

// Triangular is random.triangular(low, high) (mode None: the midpoint).
func (r *Random) Triangular(low, high float64) float64 {
	return r.triangular(low, high, 0.5)
}

// TriangularMode is random.triangular(low, high, mode). When high == low
// it returns low, as CPython does on its division by zero.
func (r *Random) TriangularMode(low, high, mode float64) float64 {
	u := r.Random()
	if high-low == 0 {
		return low
	}
	return r.triangularFrom(u, low, high, (mode-low)/(high-low))
}

func (r *Random) triangular(low, high, c float64) float64 {
	return r.triangularFrom(r.Random(), low, high, c)
}

// triangularFrom finishes random.triangular from its uniform draw u and
// the relative position c of the mode.
func (r *Random) triangularFrom(u, low, high, c float64) float64 {
	if u > c {
		u = 1.0 - u
		c = 1.0 - c
		low, high = high, low
	}
	return low + float64((high-low)*math.Sqrt(float64(u*c)))
}
