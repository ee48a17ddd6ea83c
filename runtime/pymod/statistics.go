package pymod

import (
	"math"
	"math/big"

	"github.com/asyncgen/asyncgen/runtime/py"
)

// Statistics is the statistics module for int and float data: mean,
// fmean, median (low, high), mode, multimode, variance, pvariance, stdev
// and pstdev. As CPython's, the means and variances are computed exactly
// (as fractions) and rounded once, and the standard deviations are the
// correctly rounded square roots of the exact variances.
var Statistics = &py.Module{Name: "statistics", Attrs: map[string]py.Object{}}

// StatisticsError is statistics.StatisticsError.
var StatisticsError = py.NewClass("StatisticsError", "statistics", py.ValueError)

// initStatistics fills the module in on its first import (see Import).
func initStatistics() {
	a := Statistics.Attrs
	a["StatisticsError"] = StatisticsError
	one := func(name string, f func(data []py.Object) (py.Object, *py.Exc)) {
		a[name] = fn("statistics", name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			p, e := py.BindArgs(name, args, kw, []string{"data"}, 1)
			if e != nil {
				return nil, e
			}
			data, e := py.ToSlice(p[0])
			if e != nil {
				return nil, e
			}
			return f(data)
		})
	}
	one("mean", statsMean)
	one("median", func(d []py.Object) (py.Object, *py.Exc) { return statsMedian(d, "median") })
	one("median_low", func(d []py.Object) (py.Object, *py.Exc) { return statsMedian(d, "median_low") })
	one("median_high", func(d []py.Object) (py.Object, *py.Exc) { return statsMedian(d, "median_high") })
	one("mode", statsMode)
	one("multimode", statsMultimode)
	a["fmean"] = fn("statistics", "fmean", statsFmean)
	spread := func(name, centre string, sample, root bool) {
		a[name] = fn("statistics", name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			p, e := py.BindArgs(name, args, kw, []string{"data", centre}, 1)
			if e != nil {
				return nil, e
			}
			data, e := py.ToSlice(p[0])
			if e != nil {
				return nil, e
			}
			return statsSpread(name, data, p[1], sample, root)
		})
	}
	spread("variance", "xbar", true, false)
	spread("pvariance", "mu", false, false)
	spread("stdev", "xbar", true, true)
	spread("pstdev", "mu", false, true)
}

func statsError(msg string) *py.Exc { return py.NewExc(StatisticsError, msg) }

// exactSum is the exact sum of int and float data, whether every item
// was an int (the result type CPython's _sum reports), and the sum of
// the non-finite floats when there are some (then the exact sum means
// nothing).
type exactSum struct {
	total     *big.Rat
	allInt    bool
	nonFinite *float64
}

// ratOf converts an int or float to an exact fraction; ok is false for a
// NaN or an infinity.
func ratOf(x py.Object) (r *big.Rat, isInt, ok bool, e *py.Exc) {
	switch v := x.(type) {
	case bool:
		if v {
			return big.NewRat(1, 1), true, true, nil
		}
		return new(big.Rat), true, true, nil
	case int:
		return new(big.Rat).SetInt64(int64(v)), true, true, nil
	case *big.Int:
		return new(big.Rat).SetInt(v), true, true, nil
	case float64:
		if math.IsInf(v, 0) || math.IsNaN(v) {
			return nil, false, false, nil
		}
		return new(big.Rat).SetFloat64(v), false, true, nil
	}
	return nil, false, false, py.Errorf(py.TypeError, "can't convert type '%s' to numerator/denominator", py.TypeName(x))
}

func sumExact(data []py.Object) (exactSum, *py.Exc) {
	s := exactSum{total: new(big.Rat), allInt: true}
	for _, x := range data {
		r, isInt, ok, e := ratOf(x)
		if e != nil {
			return s, e
		}
		s.allInt = s.allInt && isInt
		if !ok {
			f := x.(float64)
			if s.nonFinite != nil {
				f += *s.nonFinite
			}
			s.nonFinite = &f
			continue
		}
		s.total.Add(s.total, r)
	}
	return s, nil
}

// convertRat is CPython's _convert: an int when every input was an int and
// the value is integral, else the correctly rounded float.
func convertRat(r *big.Rat, allInt bool) py.Object {
	if allInt && r.IsInt() {
		return py.NewInt(new(big.Int).Set(r.Num()))
	}
	f, _ := r.Float64()
	return f
}

func statsMean(data []py.Object) (py.Object, *py.Exc) {
	if len(data) == 0 {
		return nil, statsError("mean requires at least one data point")
	}
	s, e := sumExact(data)
	if e != nil {
		return nil, e
	}
	if s.nonFinite != nil {
		return *s.nonFinite / float64(len(data)), nil
	}
	return convertRat(s.total.Quo(s.total, big.NewRat(int64(len(data)), 1)), s.allInt), nil
}

// statsFmean is fmean(data, weights=None): the float sum (math.fsum)
// divided by the count, or the weighted mean.
func statsFmean(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	p, e := py.BindArgs("fmean", args, kw, []string{"data", "weights"}, 1)
	if e != nil {
		return nil, e
	}
	data, e := py.ToSlice(p[0])
	if e != nil {
		return nil, e
	}
	if p[1] == nil || p[1] == py.Object(py.None) {
		if len(data) == 0 {
			return nil, statsError("fmean requires at least one data point")
		}
		total, e := fsum(data)
		if e != nil {
			return nil, e
		}
		return py.TrueDiv(total, len(data))
	}
	weights, e := py.ToSlice(p[1])
	if e != nil {
		return nil, e
	}
	if len(weights) != len(data) {
		return nil, statsError("data and weights must be the same length")
	}
	prods := make([]py.Object, len(data))
	for i := range data {
		if prods[i], e = py.Mul(data[i], weights[i]); e != nil {
			return nil, e
		}
	}
	num, e := fsum(prods)
	if e != nil {
		return nil, e
	}
	den, e := fsum(weights)
	if e != nil {
		return nil, e
	}
	if d, _ := den.(float64); d == 0 {
		return nil, statsError("sum of weights must be non-zero")
	}
	return py.TrueDiv(num, den)
}

func statsMedian(data []py.Object, kind string) (py.Object, *py.Exc) {
	sorted, e := py.Sorted(py.NewList(data...), nil, false)
	if e != nil {
		return nil, e
	}
	d := sorted.Items
	n := len(d)
	if n == 0 {
		return nil, statsError("no median for empty data")
	}
	switch {
	case n%2 == 1:
		return d[n/2], nil
	case kind == "median_low":
		return d[n/2-1], nil
	case kind == "median_high":
		return d[n/2], nil
	}
	s, e := py.Add(d[n/2-1], d[n/2])
	if e != nil {
		return nil, e
	}
	return py.TrueDiv(s, 2)
}

// counts tallies the items of data in first-seen order.
func counts(data []py.Object) (*py.Dict, *py.Exc) {
	c := py.NewDict()
	for _, x := range data {
		n, ok, e := c.Get(x)
		if e != nil {
			return nil, e
		}
		if !ok {
			n = 0
		}
		if e := c.Set(x, n.(int)+1); e != nil {
			return nil, e
		}
	}
	return c, nil
}

func statsMode(data []py.Object) (py.Object, *py.Exc) {
	c, e := counts(data)
	if e != nil {
		return nil, e
	}
	var best py.Object
	most := 0
	for _, it := range c.Items() {
		if n := it[1].(int); n > most {
			best, most = it[0], n
		}
	}
	if best == nil {
		return nil, statsError("no mode for empty data")
	}
	return best, nil
}

func statsMultimode(data []py.Object) (py.Object, *py.Exc) {
	c, e := counts(data)
	if e != nil {
		return nil, e
	}
	most := 0
	for _, it := range c.Items() {
		most = max(most, it[1].(int))
	}
	out := py.NewList()
	for _, it := range c.Items() {
		if it[1].(int) == most {
			out.Append(it[0])
		}
	}
	return out, nil
}

// statsSpread is variance, pvariance, stdev and pstdev: the exact sum of
// squared deviations from the mean (or from centre, when given: then the
// deviations are computed with Python arithmetic, as CPython does) over
// n-1 (sample) or n, rounded once or square-rooted.
func statsSpread(name string, data []py.Object, centre py.Object, sample, root bool) (py.Object, *py.Exc) {
	n := len(data)
	if sample && n < 2 {
		return nil, statsError(name + " requires at least two data points")
	}
	if n < 1 {
		return nil, statsError(name + " requires at least one data point")
	}
	ss, allInt, nonFinite, e := sumSquares(data, centre)
	if e != nil {
		return nil, e
	}
	if nonFinite != nil {
		return *nonFinite, nil
	}
	div := int64(n)
	if sample {
		div--
	}
	v := ss.Quo(ss, big.NewRat(div, 1))
	if !root {
		return convertRat(v, allInt), nil
	}
	return sqrtRat(v), nil
}

// sumSquares is CPython's _ss: the exact sum of squared deviations.
func sumSquares(data []py.Object, centre py.Object) (ss *big.Rat, allInt bool, nonFinite *float64, e *py.Exc) {
	if centre != nil && centre != py.Object(py.None) {
		sq := make([]py.Object, len(data))
		for i, x := range data {
			d, e := py.Sub(x, centre)
			if e != nil {
				return nil, false, nil, e
			}
			if sq[i], e = py.Mul(d, d); e != nil {
				return nil, false, nil, e
			}
		}
		s, e := sumExact(sq)
		return s.total, s.allInt, s.nonFinite, e
	}
	s, e := sumExact(data)
	if e != nil || s.nonFinite != nil {
		nan := math.NaN()
		if s.nonFinite != nil {
			nan = *s.nonFinite
		}
		return nil, false, &nan, e
	}
	sxx := new(big.Rat)
	for _, x := range data {
		r, _, _, _ := ratOf(x)
		sxx.Add(sxx, r.Mul(r, r))
	}
	n := big.NewRat(int64(len(data)), 1)
	// (n*sxx - sx*sx) / n, exact.
	ss = new(big.Rat).Mul(n, sxx)
	ss.Sub(ss, new(big.Rat).Mul(s.total, s.total))
	return ss.Quo(ss, n), s.allInt, nil, nil
}

// sqrtRat is the correctly rounded square root of a non-negative
// fraction: computed to far more bits than a float64 holds, then rounded
// once to nearest, ties to even.
func sqrtRat(r *big.Rat) float64 {
	if r.Sign() == 0 {
		return 0
	}
	const prec = 256
	f := new(big.Float).SetPrec(prec).SetRat(r)
	f.Sqrt(f)
	v, _ := f.Float64()
	return v
}
