package pymod

import (
	"errors"
	"math/big"

	"github.com/asyncgen/asyncgen/runtime/py"
	"github.com/asyncgen/asyncgen/runtime/pyrandom"
)

// Random is the random module. Its functions use one module-level
// generator, DefaultRandom, seeded from OS entropy at start as in CPython.
var Random = &py.Module{Name: "random", Attrs: map[string]py.Object{}}

// DefaultRandom is the generator behind the random module's functions,
// made on the module's first import.
var DefaultRandom *pyrandom.Random

// randErr converts a pyrandom error to the Python exception it names.
func randErr(err error) *py.Exc {
	var re *pyrandom.Error
	if errors.As(err, &re) {
		cls, ok := py.Builtins[re.Kind.String()].(*py.Class)
		if !ok {
			cls = py.ValueError
		}
		return py.NewExc(cls, re.Msg)
	}
	return py.NewExc(py.ValueError, err.Error())
}

// Seed is random.seed(a): None, int (any size), float, str or bytes.
func Seed(r *pyrandom.Random, a py.Object) *py.Exc {
	switch v := a.(type) {
	case nil, py.NoneType:
		r.SeedEntropy()
	case int:
		r.SeedInt(v)
	case bool:
		if v {
			r.SeedInt(1)
		} else {
			r.SeedInt(0)
		}
	case *big.Int:
		r.SeedBig(v)
	case float64:
		r.SeedFloat(v)
	case string:
		r.SeedString(v)
	case py.Bytes:
		r.SeedBytes([]byte(v))
	default:
		return py.Errorf(py.TypeError, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
	}
	return nil
}

// intArg returns an int argument as a small int or a *big.Int.
func intArg(o py.Object) (int, *big.Int, *py.Exc) {
	switch v := o.(type) {
	case *big.Int:
		return 0, v, nil
	}
	n, e := py.Index(o)
	return n, nil, e
}

func toBig(n int, b *big.Int) *big.Int {
	if b != nil {
		return b
	}
	return big.NewInt(int64(n))
}

// RandRange is random.randrange(args...) on r.
func RandRange(r *pyrandom.Random, args []py.Object) (py.Object, *py.Exc) {
	if len(args) < 1 || len(args) > 3 {
		return nil, py.Errorf(py.TypeError, "randrange expected 1 to 3 arguments, got %d", len(args))
	}
	small := make([]int, len(args))
	bigs := make([]*big.Int, len(args))
	anyBig := false
	for i, a := range args {
		n, b, e := intArg(a)
		if e != nil {
			return nil, e
		}
		small[i], bigs[i] = n, b
		anyBig = anyBig || b != nil
	}
	if !anyBig {
		var v int
		var err error
		switch len(args) {
		case 1:
			v, err = r.RandrangeStop(small[0])
		case 2:
			v, err = r.Randrange(small[0], small[1], 1)
		default:
			v, err = r.Randrange(small[0], small[1], small[2])
		}
		if err != nil {
			return nil, randErr(err)
		}
		return v, nil
	}
	var v *big.Int
	var err error
	switch len(args) {
	case 1:
		v, err = r.RandrangeStopBig(toBig(small[0], bigs[0]))
	case 2:
		v, err = r.RandrangeBig(toBig(small[0], bigs[0]), toBig(small[1], bigs[1]), big.NewInt(1))
	default:
		v, err = r.RandrangeBig(toBig(small[0], bigs[0]), toBig(small[1], bigs[1]), toBig(small[2], bigs[2]))
	}
	if err != nil {
		return nil, randErr(err)
	}
	return py.NewInt(v), nil
}

// RandInt is random.randint(a, b) on r.
func RandInt(r *pyrandom.Random, a, b py.Object) (py.Object, *py.Exc) {
	an, ab, e := intArg(a)
	if e != nil {
		return nil, e
	}
	bn, bb, e := intArg(b)
	if e != nil {
		return nil, e
	}
	if ab == nil && bb == nil {
		v, err := r.Randint(an, bn)
		if err != nil {
			return nil, randErr(err)
		}
		return v, nil
	}
	v, err := r.RandintBig(toBig(an, ab), toBig(bn, bb))
	if err != nil {
		return nil, randErr(err)
	}
	return py.NewInt(v), nil
}

// Choice is random.choice(seq) on r.
func Choice(r *pyrandom.Random, seq py.Object) (py.Object, *py.Exc) {
	n, e := py.Len(seq)
	if e != nil {
		return nil, e
	}
	i, err := r.Choice(n)
	if err != nil {
		return nil, randErr(err)
	}
	return py.GetItem(seq, i)
}

// Shuffle is random.shuffle(x) on r for a list.
func Shuffle(r *pyrandom.Random, x py.Object) *py.Exc {
	l, ok := x.(*py.List)
	if !ok {
		n, e := py.Len(x)
		if e != nil {
			return e
		}
		var exc *py.Exc
		r.Shuffle(n, func(i, j int) {
			if exc != nil {
				return
			}
			a, e1 := py.GetItem(x, i)
			b, e2 := py.GetItem(x, j)
			if e1 != nil || e2 != nil {
				exc = py.Errorf(py.TypeError, "'%s' object does not support item assignment", py.TypeName(x))
				return
			}
			if e := py.SetItem(x, i, b); e != nil {
				exc = e
				return
			}
			exc = py.SetItem(x, j, a)
		})
		return exc
	}
	r.Shuffle(len(l.Items), func(i, j int) { l.Items[i], l.Items[j] = l.Items[j], l.Items[i] })
	return nil
}

// Sample is random.sample(population, k) on r.
func Sample(r *pyrandom.Random, population py.Object, k py.Object) (py.Object, *py.Exc) {
	switch population.(type) {
	case *py.Set, *py.FrozenSet, *py.Dict:
		return nil, py.Errorf(py.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	items, e := py.ToSlice(population)
	if e != nil {
		return nil, e
	}
	kn, e := py.Index(k)
	if e != nil {
		return nil, e
	}
	idx, err := r.Sample(len(items), kn)
	if err != nil {
		return nil, randErr(err)
	}
	out := make([]py.Object, len(idx))
	for i, j := range idx {
		out[i] = items[j]
	}
	return py.NewList(out...), nil
}

// initRandom fills the module in on its first import (see Import).
func initRandom() {
	DefaultRandom = pyrandom.New()
	for name, f := range randomFunctions(DefaultRandom) {
		Random.Attrs[name] = fn("random", name, f)
	}
	Random.Attrs["Random"] = RandomClass
	py.DefineConstructor(RandomClass, func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		a, e := py.BindArgs("Random", args, kw, []string{"x"}, 0)
		if e != nil {
			return nil, e
		}
		seed := a[0]
		if seed == nil {
			seed = py.None
		}
		o := &randomObject{r: pyrandom.New()}
		o.methods = randomFunctions(o.r)
		return o, Seed(o.r, seed)
	})
	for name := range randomFunctions(DefaultRandom) {
		name := name
		py.DefineVarMethod(RandomClass, name, func(self py.Object, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			return self.(*randomObject).methods[name](args, kw)
		})
	}
}

// RandomClass is random.Random: a generator of its own, with the module's
// functions as methods.
var RandomClass = py.NewClass("Random", "random", py.ObjectClass)

// randomObject is an instance of random.Random.
type randomObject struct {
	r       *pyrandom.Random
	methods map[string]func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc)
}

// Type implements py.Typed.
func (o *randomObject) Type() *py.Class { return RandomClass }

// randomFunctions returns the random module's functions drawing from r.
func randomFunctions(r *pyrandom.Random) map[string]func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	a := map[string]func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc){}
	float := func(o py.Object) (float64, *py.Exc) { return py.ToFloat(o) }
	a["seed"] = func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		var seed py.Object = py.None
		if len(args) > 0 {
			seed = args[0]
		}
		for _, k := range kw {
			if k.Name == "a" {
				seed = k.Value
			}
		}
		return py.None, Seed(r, seed)
	}
	a["random"] = func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return r.Random(), argN("random", args, kw, 0, 0)
	}
	a["getrandbits"] = func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("getrandbits", args, kw, 1, 1); e != nil {
			return nil, e
		}
		k, e := py.Index(args[0])
		if e != nil {
			return nil, e
		}
		v, err := r.GetRandBits(k)
		if err != nil {
			return nil, randErr(err)
		}
		return py.NewInt(v), nil
	}
	a["randrange"] = func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return RandRange(r, args)
	}
	a["randint"] = func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("randint", args, kw, 2, 2); e != nil {
			return nil, e
		}
		return RandInt(r, args[0], args[1])
	}
	a["choice"] = func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("choice", args, kw, 1, 1); e != nil {
			return nil, e
		}
		return Choice(r, args[0])
	}
	a["shuffle"] = func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("shuffle", args, kw, 1, 1); e != nil {
			return nil, e
		}
		return py.None, Shuffle(r, args[0])
	}
	a["sample"] = func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		pop, k := py.Object(nil), py.Object(nil)
		if len(args) > 0 {
			pop = args[0]
		}
		if len(args) > 1 {
			k = args[1]
		}
		for _, x := range kw {
			switch x.Name {
			case "population":
				pop = x.Value
			case "k":
				k = x.Value
			}
		}
		if pop == nil || k == nil {
			return nil, py.Errorf(py.TypeError, "Random.sample() missing 1 required positional argument: 'k'")
		}
		return Sample(r, pop, k)
	}
	a["uniform"] = func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		if e := argN("uniform", args, kw, 2, 2); e != nil {
			return nil, e
		}
		lo, e := float(args[0])
		if e != nil {
			return nil, e
		}
		hi, e := float(args[1])
		if e != nil {
			return nil, e
		}
		return r.Uniform(lo, hi), nil
	}
	a["gauss"] = func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		mu, sigma := 0.0, 1.0
		var e *py.Exc
		if len(args) > 0 {
			if mu, e = float(args[0]); e != nil {
				return nil, e
			}
		}
		if len(args) > 1 {
			if sigma, e = float(args[1]); e != nil {
				return nil, e
			}
		}
		return r.Gauss(mu, sigma), nil
	}
	addDistributions(a, r)
	return a
}
