package pymod

import (
	"github.com/asyncgen/asyncgen/runtime/py"
	"github.com/asyncgen/asyncgen/runtime/pyrandom"
)

// randomFunc is the signature of the random module's functions.
type randomFunc = func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc)

// floatDist describes a random module function of float parameters:
// its parameter names, their defaults (nil: required) and the draw.
type floatDist struct {
	params   []string
	defaults []py.Object
	draw     func(r *pyrandom.Random, x []float64) (float64, error)
}

// floatDists lists the float distributions of Python 3.11's random module.
var floatDists = map[string]floatDist{
	"expovariate": {[]string{"lambd"}, nil, func(r *pyrandom.Random, x []float64) (float64, error) {
		return r.ExpoVariate(x[0])
	}},
	"normalvariate": {[]string{"mu", "sigma"}, []py.Object{0.0, 1.0}, func(r *pyrandom.Random, x []float64) (float64, error) {
		return r.NormalVariate(x[0], x[1]), nil
	}},
	"lognormvariate": {[]string{"mu", "sigma"}, nil, func(r *pyrandom.Random, x []float64) (float64, error) {
		return r.LognormVariate(x[0], x[1])
	}},
	"vonmisesvariate": {[]string{"mu", "kappa"}, nil, func(r *pyrandom.Random, x []float64) (float64, error) {
		return r.VonMisesVariate(x[0], x[1])
	}},
	"gammavariate": {[]string{"alpha", "beta"}, nil, func(r *pyrandom.Random, x []float64) (float64, error) {
		return r.GammaVariate(x[0], x[1])
	}},
	"betavariate": {[]string{"alpha", "beta"}, nil, func(r *pyrandom.Random, x []float64) (float64, error) {
		return r.BetaVariate(x[0], x[1])
	}},
	"paretovariate": {[]string{"alpha"}, nil, func(r *pyrandom.Random, x []float64) (float64, error) {
		return r.ParetoVariate(x[0])
	}},
	"weibullvariate": {[]string{"alpha", "beta"}, nil, func(r *pyrandom.Random, x []float64) (float64, error) {
		return r.WeibullVariate(x[0], x[1])
	}},
}

// bindFloats binds a call's arguments to d's parameters and converts them
// to floats, filling in the defaults.
func bindFloats(name string, d floatDist, args []py.Object, kw []py.Kwarg) ([]float64, *py.Exc) {
	required := len(d.params) - len(d.defaults)
	bound, e := py.BindArgs(name, args, kw, d.params, required)
	if e != nil {
		return nil, e
	}
	out := make([]float64, len(bound))
	for i, o := range bound {
		if o == nil {
			o = d.defaults[i-required]
		}
		if out[i], e = py.ToFloat(o); e != nil {
			return nil, e
		}
	}
	return out, nil
}

// addDistributions adds the float distributions, triangular, choices and
// randbytes drawing from r to the function table a.
func addDistributions(a map[string]randomFunc, r *pyrandom.Random) {
	for name, d := range floatDists {
		a[name] = func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			x, e := bindFloats(name, d, args, kw)
			if e != nil {
				return nil, e
			}
			v, err := d.draw(r, x)
			if err != nil {
				return nil, randErr(err)
			}
			return v, nil
		}
	}
	a["triangular"] = func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return triangular(r, args, kw)
	}
	a["choices"] = func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return choices(r, args, kw)
	}
	a["randbytes"] = func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("randbytes", args, kw, 1, 1); e != nil {
			return nil, e
		}
		n, e := py.Index(args[0])
		if e != nil {
			return nil, e
		}
		b, err := r.RandBytes(n)
		if err != nil {
			return nil, randErr(err)
		}
		return py.Bytes(b), nil
	}
}

// triangular is random.triangular(low=0.0, high=1.0, mode=None).
func triangular(r *pyrandom.Random, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	bound, e := py.BindArgs("triangular", args, kw, []string{"low", "high", "mode"}, 0)
	if e != nil {
		return nil, e
	}
	x := []float64{0, 1, 0}
	for i, o := range bound {
		if o == nil || o == py.Object(py.None) {
			continue
		}
		if x[i], e = py.ToFloat(o); e != nil {
			return nil, e
		}
	}
	if bound[2] == nil || bound[2] == py.Object(py.None) {
		return r.Triangular(x[0], x[1]), nil
	}
	return r.TriangularMode(x[0], x[1], x[2]), nil
}

// choices is random.choices(population, weights=None, *, cum_weights=None, k=1).
func choices(r *pyrandom.Random, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if len(args) > 2 {
		return nil, py.Errorf(py.TypeError, "Random.choices() takes from 2 to 3 positional arguments but %d were given", len(args)+1)
	}
	bound, e := py.BindArgs("choices", args, kw, []string{"population", "weights", "cum_weights", "k"}, 1)
	if e != nil {
		return nil, e
	}
	pop, e := py.ToSlice(bound[0])
	if e != nil {
		return nil, e
	}
	k := 1
	if bound[3] != nil {
		if k, e = py.Index(bound[3]); e != nil {
			return nil, e
		}
	}
	weights, e := optFloats(bound[1])
	if e != nil {
		return nil, e
	}
	cum, e := optFloats(bound[2])
	if e != nil {
		return nil, e
	}
	var idx []int
	var err error
	switch {
	case weights != nil && cum != nil:
		return nil, py.Errorf(py.TypeError, "Cannot specify both weights and cumulative weights")
	case weights != nil:
		if len(weights) != len(pop) {
			return nil, py.Errorf(py.ValueError, "The number of weights does not match the population")
		}
		idx, err = r.ChoicesWeights(len(pop), weights, k)
	case cum != nil:
		idx, err = r.ChoicesCumWeights(len(pop), cum, k)
	default:
		idx, err = r.Choices(len(pop), k)
	}
	if err != nil {
		return nil, randErr(err)
	}
	out := make([]py.Object, len(idx))
	for i, j := range idx {
		out[i] = pop[j]
	}
	return py.NewList(out...), nil
}

// optFloats converts an optional iterable of numbers (nil or None: absent)
// to floats.
func optFloats(o py.Object) ([]float64, *py.Exc) {
	if o == nil || o == py.Object(py.None) {
		return nil, nil
	}
	items, e := py.ToSlice(o)
	if e != nil {
		return nil, e
	}
	out := make([]float64, len(items))
	for i, it := range items {
		if out[i], e = py.ToFloat(it); e != nil {
			return nil, e
		}
	}
	return out, nil
}
