package pymod

import (
	"math"
	"math/big"

	"github.com/asyncgen/asyncgen/runtime/py"
	"github.com/asyncgen/asyncgen/runtime/pyrandom"
)

// Math is the math module (the functions scripts commonly use).
var Math = &py.Module{Name: "math", Attrs: map[string]py.Object{}}

func mathDomain() *py.Exc { return py.Errorf(py.ValueError, "math domain error") }

// floatArg converts a math function's argument to float, with CPython's
// message for non-numbers.
func floatArg(o py.Object) (float64, *py.Exc) {
	switch o.(type) {
	case int, bool, float64, *big.Int:
		return py.ToFloat(o)
	}
	return 0, py.Errorf(py.TypeError, "must be real number, not %s", py.TypeName(o))
}

// initMath fills the module in on its first import (see Import).
func initMath() {
	a := Math.Attrs
	a["pi"] = math.Pi
	a["e"] = math.E
	a["tau"] = 2 * math.Pi
	a["inf"] = math.Inf(1)
	a["nan"] = math.NaN()
	unary := func(name string, f func(float64) float64, domain func(float64) bool) {
		a[name] = fn("math", name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			if e := argN(name, args, kw, 1, 1); e != nil {
				return nil, e
			}
			x, e := floatArg(args[0])
			if e != nil {
				return nil, e
			}
			if domain != nil && !domain(x) {
				return nil, mathDomain()
			}
			r := f(x)
			if math.IsInf(r, 0) && !math.IsInf(x, 0) {
				return nil, py.Errorf(py.OverflowError, "math range error")
			}
			return r, nil
		})
	}
	nonNeg := func(x float64) bool { return x >= 0 || math.IsNaN(x) }
	positive := func(x float64) bool { return x > 0 || math.IsNaN(x) }
	unary("sqrt", math.Sqrt, nonNeg)
	unary("exp", pyrandom.Exp, nil)
	unary("log2", math.Log2, positive)
	unary("log10", math.Log10, positive)
	unary("sin", pyrandom.Sin, func(x float64) bool { return !math.IsInf(x, 0) })
	unary("cos", pyrandom.Cos, func(x float64) bool { return !math.IsInf(x, 0) })
	unary("tan", math.Tan, func(x float64) bool { return !math.IsInf(x, 0) })
	unary("asin", math.Asin, func(x float64) bool { return x >= -1 && x <= 1 || math.IsNaN(x) })
	unary("acos", pyrandom.Acos, func(x float64) bool { return x >= -1 && x <= 1 || math.IsNaN(x) })
	unary("atan", math.Atan, nil)
	unary("fabs", math.Abs, nil)
	unary("degrees", func(x float64) float64 { return x * 180 / math.Pi }, nil)
	unary("radians", func(x float64) float64 { return x * math.Pi / 180 }, nil)
	// Go's versions: these can differ from glibc's in the last bit.
	unary("sinh", math.Sinh, nil)
	unary("cosh", math.Cosh, nil)
	unary("tanh", math.Tanh, nil)
	unary("asinh", math.Asinh, nil)
	unary("acosh", math.Acosh, func(x float64) bool { return x >= 1 || math.IsNaN(x) })
	unary("atanh", math.Atanh, func(x float64) bool { return x > -1 && x < 1 || math.IsNaN(x) })
	unary("log1p", math.Log1p, func(x float64) bool { return x > -1 || math.IsNaN(x) })
	unary("expm1", math.Expm1, nil)
	unary("cbrt", math.Cbrt, nil)
	unary("exp2", math.Exp2, nil)
	unary("erf", math.Erf, nil)
	unary("erfc", math.Erfc, nil)
	poleFree := func(x float64) bool { return !(x <= 0 && x == math.Trunc(x)) && !math.IsInf(x, -1) }
	unary("gamma", math.Gamma, poleFree)
	unary("lgamma", func(x float64) float64 { v, _ := math.Lgamma(x); return v }, func(x float64) bool { return !(x <= 0 && x == math.Trunc(x)) })
	unary("ulp", ulp, nil)
	initMathParts(a)
	pred := func(name string, f func(float64) bool) {
		a[name] = fn("math", name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			if e := argN(name, args, kw, 1, 1); e != nil {
				return nil, e
			}
			x, e := floatArg(args[0])
			if e != nil {
				return nil, e
			}
			return f(x), nil
		})
	}
	pred("isnan", math.IsNaN)
	pred("isinf", func(x float64) bool { return math.IsInf(x, 0) })
	pred("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) })
	a["log"] = fn("math", "log", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("log", args, kw, 1, 2); e != nil {
			return nil, e
		}
		lg := func(o py.Object) (float64, *py.Exc) {
			if b, ok := o.(*big.Int); ok && b.Sign() > 0 {
				// log of a huge int: scale down by whole bits first.
				n := b.BitLen() - 60
				f, _ := new(big.Float).SetInt(new(big.Int).Rsh(b, uint(n))).Float64()
				return pyrandom.Log(f) + float64(n)*math.Ln2, nil
			}
			x, e := floatArg(o)
			if e != nil {
				return 0, e
			}
			if !positive(x) {
				return 0, mathDomain()
			}
			return pyrandom.Log(x), nil
		}
		x, e := lg(args[0])
		if e != nil {
			return nil, e
		}
		if len(args) == 2 {
			base, e := lg(args[1])
			if e != nil {
				return nil, e
			}
			if base == 0 {
				return nil, py.Errorf(py.ZeroDivisionError, "float division by zero")
			}
			return x / base, nil
		}
		return x, nil
	})
	toInt := func(name string, f func(float64) float64) {
		a[name] = fn("math", name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			if e := argN(name, args, kw, 1, 1); e != nil {
				return nil, e
			}
			switch v := args[0].(type) {
			case int, *big.Int:
				return v, nil
			case bool:
				return py.ToInt(v)
			}
			x, e := floatArg(args[0])
			if e != nil {
				return nil, e
			}
			return py.IntFromFloat(f(x))
		})
	}
	toInt("floor", math.Floor)
	toInt("ceil", math.Ceil)
	toInt("trunc", math.Trunc)
	binary := func(name string, f func(x, y float64) (float64, *py.Exc)) {
		a[name] = fn("math", name, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			if e := argN(name, args, kw, 2, 2); e != nil {
				return nil, e
			}
			x, e := floatArg(args[0])
			if e != nil {
				return nil, e
			}
			y, e := floatArg(args[1])
			if e != nil {
				return nil, e
			}
			return f(x, y)
		})
	}
	binary("pow", func(x, y float64) (float64, *py.Exc) {
		if x == 0 && y < 0 || x < 0 && y != math.Trunc(y) {
			return 0, mathDomain()
		}
		r, overflow := pyrandom.Pow(x, y)
		if overflow {
			return 0, py.Errorf(py.OverflowError, "math range error")
		}
		return r, nil
	})
	binary("atan2", func(y, x float64) (float64, *py.Exc) { return math.Atan2(y, x), nil })
	binary("copysign", func(x, y float64) (float64, *py.Exc) { return math.Copysign(x, y), nil })
	binary("fmod", func(x, y float64) (float64, *py.Exc) {
		if y == 0 {
			return 0, mathDomain()
		}
		return math.Mod(x, y), nil
	})
	a["hypot"] = fn("math", "hypot", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(kw) > 0 {
			return nil, py.Errorf(py.TypeError, "hypot() takes no keyword arguments")
		}
		xs := make([]float64, len(args))
		for i, o := range args {
			x, e := floatArg(o)
			if e != nil {
				return nil, e
			}
			xs[i] = x
		}
		return pyrandom.Hypot(xs), nil
	})
	a["isclose"] = fn("math", "isclose", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(args) != 2 {
			return nil, py.Errorf(py.TypeError, "isclose() takes exactly 2 positional arguments (%d given)", len(args))
		}
		x, e := floatArg(args[0])
		if e != nil {
			return nil, e
		}
		y, e := floatArg(args[1])
		if e != nil {
			return nil, e
		}
		rel, abs := 1e-9, 0.0
		for _, k := range kw {
			v, e := floatArg(k.Value)
			if e != nil {
				return nil, e
			}
			switch k.Name {
			case "rel_tol":
				rel = v
			case "abs_tol":
				abs = v
			}
		}
		if x == y {
			return true, nil
		}
		if math.IsInf(x, 0) || math.IsInf(y, 0) {
			return false, nil
		}
		d := math.Abs(x - y)
		return d <= math.Abs(rel*y) || d <= math.Abs(rel*x) || d <= abs, nil
	})
	bigArgs := func(name string, args []py.Object) ([]*big.Int, *py.Exc) {
		out := make([]*big.Int, len(args))
		for i, o := range args {
			switch v := o.(type) {
			case int:
				out[i] = big.NewInt(int64(v))
			case bool:
				out[i] = big.NewInt(0)
				if v {
					out[i] = big.NewInt(1)
				}
			case *big.Int:
				out[i] = v
			default:
				return nil, py.Errorf(py.TypeError, "'%s' object cannot be interpreted as an integer", py.TypeName(o))
			}
		}
		return out, nil
	}
	a["gcd"] = fn("math", "gcd", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		ns, e := bigArgs("gcd", args)
		if e != nil {
			return nil, e
		}
		g := new(big.Int)
		for _, n := range ns {
			g.GCD(nil, nil, g, new(big.Int).Abs(n))
		}
		return py.NewInt(g), nil
	})
	a["lcm"] = fn("math", "lcm", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		ns, e := bigArgs("lcm", args)
		if e != nil {
			return nil, e
		}
		l := big.NewInt(1)
		for _, n := range ns {
			n = new(big.Int).Abs(n)
			if n.Sign() == 0 {
				return 0, nil
			}
			g := new(big.Int).GCD(nil, nil, l, n)
			l.Mul(l, new(big.Int).Quo(n, g))
		}
		return py.NewInt(l), nil
	})
	a["factorial"] = fn("math", "factorial", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("factorial", args, kw, 1, 1); e != nil {
			return nil, e
		}
		if _, ok := args[0].(float64); ok {
			return nil, py.Errorf(py.TypeError, "'float' object cannot be interpreted as an integer")
		}
		n, e := py.Index(args[0])
		if e != nil {
			return nil, e
		}
		if n < 0 {
			return nil, py.Errorf(py.ValueError, "factorial() not defined for negative values")
		}
		return py.NewInt(new(big.Int).MulRange(1, int64(n))), nil
	})
	a["comb"] = fn("math", "comb", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		ns, e := bigArgs("comb", args)
		if e != nil || len(ns) != 2 {
			return nil, py.Errorf(py.TypeError, "comb expected 2 arguments, got %d", len(args))
		}
		n, k := ns[0].Int64(), ns[1].Int64()
		if n < 0 || k < 0 {
			return nil, py.Errorf(py.ValueError, "n must be a non-negative integer")
		}
		if k > n {
			return 0, nil
		}
		return py.NewInt(new(big.Int).Binomial(n, k)), nil
	})
	a["perm"] = fn("math", "perm", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(kw) > 0 || len(args) < 1 || len(args) > 2 {
			return nil, py.Errorf(py.TypeError, "perm expected at most 2 arguments, got %d", len(args))
		}
		if len(args) == 1 || args[1] == py.None {
			return Math.Attrs["factorial"].(*py.Function).Fn(args[:1], nil)
		}
		ns, e := bigArgs("perm", args)
		if e != nil {
			return nil, e
		}
		n, k := ns[0], ns[1]
		if n.Sign() < 0 {
			return nil, py.Errorf(py.ValueError, "n must be a non-negative integer")
		}
		if k.Sign() < 0 {
			return nil, py.Errorf(py.ValueError, "k must be a non-negative integer")
		}
		if k.Cmp(n) > 0 {
			return 0, nil
		}
		r := big.NewInt(1)
		for i := new(big.Int).Sub(n, k).Add(new(big.Int).Sub(n, k), big.NewInt(1)); i.Cmp(n) <= 0; i.Add(i, big.NewInt(1)) {
			r.Mul(r, i)
		}
		return py.NewInt(r), nil
	})
	a["isqrt"] = fn("math", "isqrt", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		ns, e := bigArgs("isqrt", args)
		if e != nil {
			return nil, e
		}
		if len(ns) != 1 {
			return nil, py.Errorf(py.TypeError, "math.isqrt() takes exactly one argument (%d given)", len(ns))
		}
		if ns[0].Sign() < 0 {
			return nil, py.Errorf(py.ValueError, "isqrt() argument must be nonnegative")
		}
		return py.NewInt(new(big.Int).Sqrt(ns[0])), nil
	})
	a["prod"] = fn("math", "prod", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if len(args) != 1 {
			return nil, py.Errorf(py.TypeError, "prod() takes exactly 1 positional argument (%d given)", len(args))
		}
		var acc py.Object = 1
		for _, k := range kw {
			if k.Name == "start" {
				acc = k.Value
			}
		}
		items, e := py.ToSlice(args[0])
		if e != nil {
			return nil, e
		}
		for _, x := range items {
			if acc, e = py.Mul(acc, x); e != nil {
				return nil, e
			}
		}
		return acc, nil
	})
	a["fsum"] = fn("math", "fsum", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("fsum", args, kw, 1, 1); e != nil {
			return nil, e
		}
		items, e := py.ToSlice(args[0])
		if e != nil {
			return nil, e
		}
		return fsum(items)
	})
}

// ulp is math.ulp(x): the value of the least significant bit of x.
func ulp(x float64) float64 {
	x = math.Abs(x)
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return x
	case x == math.MaxFloat64:
		return x - math.Nextafter(x, 0)
	}
	return math.Nextafter(x, math.Inf(1)) - x
}

// initMathParts adds the math functions that take or return several
// numbers: modf, frexp, ldexp, nextafter, remainder and dist.
func initMathParts(a map[string]py.Object) {
	floats := func(name string, args []py.Object, kw []py.Kwarg, n int) ([]float64, *py.Exc) {
		if e := argN(name, args, kw, n, n); e != nil {
			return nil, e
		}
		out := make([]float64, n)
		for i, o := range args {
			x, e := floatArg(o)
			if e != nil {
				return nil, e
			}
			out[i] = x
		}
		return out, nil
	}
	a["modf"] = fn("math", "modf", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		x, e := floats("modf", args, kw, 1)
		if e != nil {
			return nil, e
		}
		if math.IsInf(x[0], 0) {
			return py.Tuple{math.Copysign(0, x[0]), x[0]}, nil
		}
		i, f := math.Modf(x[0])
		return py.Tuple{f, i}, nil
	})
	a["frexp"] = fn("math", "frexp", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		x, e := floats("frexp", args, kw, 1)
		if e != nil {
			return nil, e
		}
		m, exp := math.Frexp(x[0])
		return py.Tuple{m, exp}, nil
	})
	a["ldexp"] = fn("math", "ldexp", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("ldexp", args, kw, 2, 2); e != nil {
			return nil, e
		}
		x, e := floatArg(args[0])
		if e != nil {
			return nil, e
		}
		if _, ok := args[1].(float64); ok {
			return nil, py.Errorf(py.TypeError, "Expected an int as second argument to ldexp.")
		}
		n, e := py.Index(args[1])
		if e != nil {
			return nil, e
		}
		r := math.Ldexp(x, n)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) {
			return nil, py.Errorf(py.OverflowError, "math range error")
		}
		return r, nil
	})
	a["nextafter"] = fn("math", "nextafter", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		x, e := floats("nextafter", args, kw, 2)
		if e != nil {
			return nil, e
		}
		return math.Nextafter(x[0], x[1]), nil
	})
	a["remainder"] = fn("math", "remainder", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		x, e := floats("remainder", args, kw, 2)
		if e != nil {
			return nil, e
		}
		if math.IsInf(x[0], 0) || x[1] == 0 && !math.IsNaN(x[0]) {
			return nil, mathDomain()
		}
		return math.Remainder(x[0], x[1]), nil
	})
	a["dist"] = fn("math", "dist", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("dist", args, kw, 2, 2); e != nil {
			return nil, e
		}
		p, e := py.ToSlice(args[0])
		if e != nil {
			return nil, e
		}
		q, e := py.ToSlice(args[1])
		if e != nil {
			return nil, e
		}
		if len(p) != len(q) {
			return nil, py.Errorf(py.ValueError, "both points must have the same number of dimensions")
		}
		diffs := make([]float64, len(p))
		for i := range p {
			x, e := floatArg(p[i])
			if e != nil {
				return nil, e
			}
			y, e := floatArg(q[i])
			if e != nil {
				return nil, e
			}
			diffs[i] = x - y
		}
		return pyrandom.Hypot(diffs), nil
	})
}

// fsum is math.fsum of items: exact summation with big.Float at a
// generous precision, then one rounding, as fsum's result is the
// correctly rounded sum.
func fsum(items []py.Object) (py.Object, *py.Exc) {
	acc := new(big.Float).SetPrec(4096)
	for _, x := range items {
		f, e := floatArg(x)
		if e != nil {
			return nil, e
		}
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return f, nil
		}
		acc.Add(acc, new(big.Float).SetFloat64(f))
	}
	r, _ := acc.Float64()
	return r, nil
}
