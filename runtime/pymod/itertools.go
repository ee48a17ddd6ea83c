package pymod

import (
	"github.com/asyncgen/asyncgen/runtime/py"
)

// Itertools is the itertools module. Every function returns a lazy
// iterator (an *itIter of the matching itertools class) producing
// CPython's values in CPython's order.
var Itertools = &py.Module{Name: "itertools", Attrs: map[string]py.Object{}}

// itIter is an itertools iterator: next produces values until it
// reports false or an error, after which the iterator stays exhausted.
type itIter struct {
	cls  *py.Class
	next func() (py.Object, bool, *py.Exc)
	done bool
}

// Next implements py.Iterator.
func (it *itIter) Next() (py.Object, bool, *py.Exc) {
	if it.done {
		return nil, false, nil
	}
	v, ok, e := it.next()
	if !ok || e != nil {
		it.done = true
	}
	return v, ok, e
}

// Type implements py.Typed.
func (it *itIter) Type() *py.Class { return it.cls }

// itClasses are the classes of itertools' iterators, by name.
var itClasses = map[string]*py.Class{}

func newIt(name string, next func() (py.Object, bool, *py.Exc)) *itIter {
	return &itIter{cls: itClasses[name], next: next}
}

// itFunc registers an itertools function (or class, for type names).
func itFunc(name string, f func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc)) {
	cls := py.NewClass(name, "itertools", py.ObjectClass)
	itClasses[name] = cls
	py.DefineConstructor(cls, f)
	Itertools.Attrs[name] = cls
}

func iterAll(objs []py.Object) ([]py.Iterator, *py.Exc) {
	its := make([]py.Iterator, len(objs))
	for i, o := range objs {
		it, e := py.Iter(o)
		if e != nil {
			return nil, e
		}
		its[i] = it
	}
	return its, nil
}

func noKw(name string, kw []py.Kwarg) *py.Exc {
	if len(kw) > 0 {
		return py.Errorf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	return nil
}

// initItertools fills the module in on its first import (see Import).
func initItertools() {
	itFunc("count", itCount)
	itFunc("cycle", itCycle)
	itFunc("repeat", itRepeat)
	itFunc("accumulate", itAccumulate)
	itFunc("chain", itChain)
	Itertools.Attrs["chain"].(*py.Class).Attrs = map[string]py.Object{
		"from_iterable": &py.StaticMethod{Func: fn("itertools", "from_iterable", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
			if e := argN("from_iterable", args, kw, 1, 1); e != nil {
				return nil, e
			}
			outer, e := py.Iter(args[0])
			if e != nil {
				return nil, e
			}
			return chainOf(outer), nil
		})},
	}
	itFunc("compress", itCompress)
	itFunc("dropwhile", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) { return itWhile("dropwhile", args, kw) })
	itFunc("takewhile", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) { return itWhile("takewhile", args, kw) })
	itFunc("filterfalse", itFilterFalse)
	itFunc("groupby", itGroupBy)
	itClasses["_grouper"] = py.NewClass("_grouper", "itertools", py.ObjectClass)
	itFunc("islice", itISlice)
	itFunc("starmap", itStarmap)
	itFunc("zip_longest", itZipLongest)
	itFunc("product", itProduct)
	itFunc("permutations", itPermutations)
	itFunc("combinations", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return itCombinations("combinations", args, kw)
	})
	itFunc("combinations_with_replacement", func(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
		return itCombinations("combinations_with_replacement", args, kw)
	})
	itFunc("pairwise", itPairwise)
	itClasses["_tee"] = py.NewClass("_tee", "itertools", py.ObjectClass)
	Itertools.Attrs["tee"] = fn("itertools", "tee", itTee)
}

func itCount(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	s, e := py.BindArgs("count", args, kw, []string{"start", "step"}, 0)
	if e != nil {
		return nil, e
	}
	var cur, step py.Object = 0, 1
	if s[0] != nil {
		cur = s[0]
	}
	if s[1] != nil {
		step = s[1]
	}
	for _, v := range []py.Object{cur, step} {
		if _, e := py.Add(v, 0); e != nil {
			return nil, py.Errorf(py.TypeError, "a number is required")
		}
	}
	return newIt("count", func() (py.Object, bool, *py.Exc) {
		v := cur
		n, e := py.Add(cur, step)
		if e != nil {
			return nil, false, e
		}
		cur = n
		return v, true, nil
	}), nil
}

func itCycle(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if e := noKw("cycle", kw); e != nil {
		return nil, e
	}
	if e := argN("cycle", args, nil, 1, 1); e != nil {
		return nil, e
	}
	it, e := py.Iter(args[0])
	if e != nil {
		return nil, e
	}
	var saved []py.Object
	i := -1
	return newIt("cycle", func() (py.Object, bool, *py.Exc) {
		if i < 0 {
			v, ok, e := it.Next()
			if e != nil {
				return nil, false, e
			}
			if ok {
				saved = append(saved, v)
				return v, true, nil
			}
			if len(saved) == 0 {
				return nil, false, nil
			}
			i = 0
		}
		v := saved[i]
		i = (i + 1) % len(saved)
		return v, true, nil
	}), nil
}

func itRepeat(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	s, e := py.BindArgs("repeat", args, kw, []string{"object", "times"}, 1)
	if e != nil {
		return nil, e
	}
	n := -1
	if s[1] != nil {
		if n, e = py.Index(s[1]); e != nil {
			return nil, e
		}
		n = max(n, 0)
	}
	return newIt("repeat", func() (py.Object, bool, *py.Exc) {
		if n == 0 {
			return nil, false, nil
		}
		if n > 0 {
			n--
		}
		return s[0], true, nil
	}), nil
}

func itAccumulate(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	s, e := py.BindArgs("accumulate", args, kw, []string{"iterable", "func", "initial"}, 1)
	if e != nil {
		return nil, e
	}
	it, e := py.Iter(s[0])
	if e != nil {
		return nil, e
	}
	f := s[1]
	if f == py.None {
		f = nil
	}
	var total py.Object
	if s[2] != nil && s[2] != py.None {
		total = s[2]
	}
	first := total != nil
	return newIt("accumulate", func() (py.Object, bool, *py.Exc) {
		if first {
			first = false
			return total, true, nil
		}
		v, ok, e := it.Next()
		if !ok || e != nil {
			return nil, false, e
		}
		if total == nil {
			total = v
		} else if f == nil {
			if total, e = py.Add(total, v); e != nil {
				return nil, false, e
			}
		} else if total, e = py.Call(f, []py.Object{total, v}, nil); e != nil {
			return nil, false, e
		}
		return total, true, nil
	}), nil
}

// chainOf chains the iterables produced by outer.
func chainOf(outer py.Iterator) *itIter {
	var cur py.Iterator
	return newIt("chain", func() (py.Object, bool, *py.Exc) {
		for {
			if cur == nil {
				o, ok, e := outer.Next()
				if !ok || e != nil {
					return nil, false, e
				}
				if cur, e = py.Iter(o); e != nil {
					return nil, false, e
				}
			}
			v, ok, e := cur.Next()
			if e != nil {
				return nil, false, e
			}
			if ok {
				return v, true, nil
			}
			cur = nil
		}
	})
}

func itChain(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if e := noKw("chain", kw); e != nil {
		return nil, e
	}
	outer, _ := py.Iter(py.Tuple(args))
	return chainOf(outer), nil
}

func itCompress(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	s, e := py.BindArgs("compress", args, kw, []string{"data", "selectors"}, 2)
	if e != nil {
		return nil, e
	}
	its, e := iterAll(s)
	if e != nil {
		return nil, e
	}
	return newIt("compress", func() (py.Object, bool, *py.Exc) {
		for {
			v, ok, e := its[0].Next()
			if !ok || e != nil {
				return nil, false, e
			}
			sel, ok, e := its[1].Next()
			if !ok || e != nil {
				return nil, false, e
			}
			t, e := py.Truth(sel)
			if e != nil {
				return nil, false, e
			}
			if t {
				return v, true, nil
			}
		}
	}), nil
}

// funcAndIter checks the (function, iterable) arguments of the
// itertools function name and returns the iterable's iterator.
func funcAndIter(name string, args []py.Object, kw []py.Kwarg) (py.Iterator, *py.Exc) {
	if e := noKw(name, kw); e != nil {
		return nil, e
	}
	if e := argN(name, args, nil, 2, 2); e != nil {
		return nil, e
	}
	return py.Iter(args[1])
}

// predicate is the truth of pred(v).
func predicate(pred, v py.Object) (bool, *py.Exc) {
	r, e := py.Call(pred, []py.Object{v}, nil)
	if e != nil {
		return false, e
	}
	return py.Truth(r)
}

func itWhile(name string, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	it, e := funcAndIter(name, args, kw)
	if e != nil {
		return nil, e
	}
	pred := args[0]
	switched := false
	return newIt(name, func() (py.Object, bool, *py.Exc) {
		for {
			v, ok, e := it.Next()
			if !ok || e != nil {
				return nil, false, e
			}
			if switched {
				if name == "takewhile" {
					return nil, false, nil
				}
				return v, true, nil
			}
			t, e := predicate(pred, v)
			if e != nil {
				return nil, false, e
			}
			if name == "takewhile" {
				if t {
					return v, true, nil
				}
				switched = true
				return nil, false, nil
			}
			if !t {
				switched = true
				return v, true, nil
			}
		}
	}), nil
}

func itFilterFalse(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	it, e := funcAndIter("filterfalse", args, kw)
	if e != nil {
		return nil, e
	}
	test := func(v py.Object) (bool, *py.Exc) { return predicate(args[0], v) }
	if args[0] == py.None {
		test = py.Truth
	}
	return newIt("filterfalse", func() (py.Object, bool, *py.Exc) {
		for {
			v, ok, e := it.Next()
			if !ok || e != nil {
				return nil, false, e
			}
			t, e := test(v)
			if e != nil {
				return nil, false, e
			}
			if !t {
				return v, true, nil
			}
		}
	}), nil
}

// itGroupBy is groupby(iterable, key=None). As in CPython, advancing the
// groupby iterator invalidates the previous group's iterator.
func itGroupBy(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	s, e := py.BindArgs("groupby", args, kw, []string{"iterable", "key"}, 1)
	if e != nil {
		return nil, e
	}
	it, e := py.Iter(s[0])
	if e != nil {
		return nil, e
	}
	keyf := s[1]
	if keyf == py.None {
		keyf = nil
	}
	// CPython's pure-Python groupby: currkey nil means not yet read.
	var currKey, currVal, tgtKey py.Object
	gen := 0
	advance := func() (bool, *py.Exc) {
		v, ok, e := it.Next()
		if !ok || e != nil {
			return false, e
		}
		k := v
		if keyf != nil {
			if k, e = py.Call(keyf, []py.Object{v}, nil); e != nil {
				return false, e
			}
		}
		currKey, currVal = k, v
		return true, nil
	}
	return newIt("groupby", func() (py.Object, bool, *py.Exc) {
		gen++
		for {
			if currKey != nil && tgtKey != nil {
				eq, e := py.Eq(tgtKey, currKey)
				if e != nil {
					return nil, false, e
				}
				if !eq {
					break
				}
			} else if currKey != nil {
				break
			}
			if ok, e := advance(); !ok {
				return nil, false, e
			}
		}
		tgtKey = currKey
		myGen, myKey := gen, currKey
		pending := false
		grouper := &itIter{cls: itClasses["_grouper"], next: func() (py.Object, bool, *py.Exc) {
			if pending {
				if ok, e := advance(); !ok {
					return nil, false, e
				}
			}
			if myGen != gen {
				return nil, false, nil
			}
			eq, e := py.Eq(currKey, myKey)
			if e != nil || !eq {
				return nil, false, e
			}
			pending = true
			return currVal, true, nil
		}}
		return py.Tuple{currKey, grouper}, true, nil
	}), nil
}

func itISlice(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if e := noKw("islice", kw); e != nil {
		return nil, e
	}
	if len(args) < 2 || len(args) > 4 {
		return nil, py.Errorf(py.TypeError, "islice expected at most 4 arguments, got %d", len(args))
	}
	it, e := py.Iter(args[0])
	if e != nil {
		return nil, e
	}
	start, stop, step := 0, -1, 1
	arg := func(o py.Object, what string, def int) (int, *py.Exc) {
		if o == py.None {
			return def, nil
		}
		n, e := py.Index(o)
		if e != nil || n < 0 {
			return 0, py.Errorf(py.ValueError, "%s argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.", what)
		}
		return n, nil
	}
	if len(args) == 2 {
		if stop, e = arg(args[1], "Stop", -1); e != nil {
			return nil, e
		}
	} else {
		if start, e = arg(args[1], "Indices", 0); e != nil {
			return nil, e
		}
		if stop, e = arg(args[2], "Stop", -1); e != nil {
			return nil, e
		}
		if len(args) == 4 {
			if step, e = arg(args[3], "Step", 1); e != nil {
				return nil, e
			}
			if step == 0 {
				return nil, py.Errorf(py.ValueError, "Step for islice() must be a positive integer or None.")
			}
		}
	}
	pos, next := 0, start
	return newIt("islice", func() (py.Object, bool, *py.Exc) {
		for {
			if stop >= 0 && next >= stop {
				// Consume up to stop as CPython does.
				for pos < stop {
					_, ok, e := it.Next()
					if !ok || e != nil {
						return nil, false, e
					}
					pos++
				}
				return nil, false, nil
			}
			v, ok, e := it.Next()
			if !ok || e != nil {
				return nil, false, e
			}
			pos++
			if pos-1 == next {
				next += step
				return v, true, nil
			}
		}
	}), nil
}

func itStarmap(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	it, e := funcAndIter("starmap", args, kw)
	if e != nil {
		return nil, e
	}
	return newIt("starmap", func() (py.Object, bool, *py.Exc) {
		v, ok, e := it.Next()
		if !ok || e != nil {
			return nil, false, e
		}
		a, e := py.ToSlice(v)
		if e != nil {
			return nil, false, e
		}
		r, e := py.Call(args[0], a, nil)
		return r, e == nil, e
	}), nil
}

func itZipLongest(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	var fill py.Object = py.None
	for _, k := range kw {
		if k.Name != "fillvalue" {
			return nil, py.Errorf(py.TypeError, "zip_longest() got an unexpected keyword argument '%s'", k.Name)
		}
		fill = k.Value
	}
	its, e := iterAll(args)
	if e != nil {
		return nil, e
	}
	live := len(its)
	return newIt("zip_longest", func() (py.Object, bool, *py.Exc) {
		if live == 0 {
			return nil, false, nil
		}
		out := make(py.Tuple, len(its))
		for i, it := range its {
			if it == nil {
				out[i] = fill
				continue
			}
			v, ok, e := it.Next()
			if e != nil {
				return nil, false, e
			}
			if !ok {
				live--
				if live == 0 {
					return nil, false, nil
				}
				its[i] = nil
				v = fill
			}
			out[i] = v
		}
		return out, true, nil
	}), nil
}

// pools materialises the argument iterables of the combinatoric
// iterators.
func pools(args []py.Object) ([][]py.Object, *py.Exc) {
	out := make([][]py.Object, len(args))
	for i, a := range args {
		s, e := py.ToSlice(a)
		if e != nil {
			return nil, e
		}
		out[i] = append([]py.Object(nil), s...)
	}
	return out, nil
}

func itProduct(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	repeat := 1
	for _, k := range kw {
		if k.Name != "repeat" {
			return nil, py.Errorf(py.TypeError, "product() got an unexpected keyword argument '%s'", k.Name)
		}
		n, e := py.Index(k.Value)
		if e != nil {
			return nil, e
		}
		if n < 0 {
			return nil, py.Errorf(py.ValueError, "repeat argument cannot be negative")
		}
		repeat = n
	}
	ps, e := pools(args)
	if e != nil {
		return nil, e
	}
	var all [][]py.Object
	for r := 0; r < repeat; r++ {
		all = append(all, ps...)
	}
	idx := make([]int, len(all))
	started, done := false, false
	for _, p := range all {
		if len(p) == 0 {
			done = true
		}
	}
	return newIt("product", func() (py.Object, bool, *py.Exc) {
		if done {
			return nil, false, nil
		}
		if started {
			i := len(all) - 1
			for ; i >= 0; i-- {
				idx[i]++
				if idx[i] < len(all[i]) {
					break
				}
				idx[i] = 0
			}
			if i < 0 {
				done = true
				return nil, false, nil
			}
		}
		started = true
		out := make(py.Tuple, len(all))
		for i, p := range all {
			out[i] = p[idx[i]]
		}
		return out, true, nil
	}), nil
}

func itPermutations(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	s, e := py.BindArgs("permutations", args, kw, []string{"iterable", "r"}, 1)
	if e != nil {
		return nil, e
	}
	ps, e := pools(s[:1])
	if e != nil {
		return nil, e
	}
	pool := ps[0]
	n := len(pool)
	r := n
	if s[1] != nil && s[1] != py.None {
		if r, e = py.Index(s[1]); e != nil {
			return nil, e
		}
		if r < 0 {
			return nil, py.Errorf(py.ValueError, "r must be non-negative")
		}
	}
	indices := make([]int, n)
	for i := range indices {
		indices[i] = i
	}
	cycles := make([]int, r)
	for i := range cycles {
		cycles[i] = n - i
	}
	started, done := false, r > n
	emit := func() py.Object {
		out := make(py.Tuple, r)
		for i := 0; i < r; i++ {
			out[i] = pool[indices[i]]
		}
		return out
	}
	return newIt("permutations", func() (py.Object, bool, *py.Exc) {
		if done {
			return nil, false, nil
		}
		if !started {
			started = true
			return emit(), true, nil
		}
		for i := r - 1; i >= 0; i-- {
			cycles[i]--
			if cycles[i] == 0 {
				first := indices[i]
				copy(indices[i:], indices[i+1:])
				indices[n-1] = first
				cycles[i] = n - i
			} else {
				j := cycles[i]
				indices[i], indices[n-j] = indices[n-j], indices[i]
				return emit(), true, nil
			}
		}
		done = true
		return nil, false, nil
	}), nil
}

func itCombinations(name string, args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	s, e := py.BindArgs(name, args, kw, []string{"iterable", "r"}, 2)
	if e != nil {
		return nil, e
	}
	ps, e := pools(s[:1])
	if e != nil {
		return nil, e
	}
	pool := ps[0]
	n := len(pool)
	r, e := py.Index(s[1])
	if e != nil {
		return nil, e
	}
	if r < 0 {
		return nil, py.Errorf(py.ValueError, "r must be non-negative")
	}
	repl := name == "combinations_with_replacement"
	indices := make([]int, r)
	for i := range indices {
		if !repl {
			indices[i] = i
		}
	}
	started := false
	done := (!repl && r > n) || (repl && n == 0 && r > 0)
	emit := func() py.Object {
		out := make(py.Tuple, r)
		for i, j := range indices {
			out[i] = pool[j]
		}
		return out
	}
	return newIt(name, func() (py.Object, bool, *py.Exc) {
		if done {
			return nil, false, nil
		}
		if !started {
			started = true
			return emit(), true, nil
		}
		i := r - 1
		if repl {
			for ; i >= 0 && indices[i] == n-1; i-- {
			}
			if i < 0 {
				done = true
				return nil, false, nil
			}
			v := indices[i] + 1
			for j := i; j < r; j++ {
				indices[j] = v
			}
			return emit(), true, nil
		}
		for ; i >= 0 && indices[i] == i+n-r; i-- {
		}
		if i < 0 {
			done = true
			return nil, false, nil
		}
		indices[i]++
		for j := i + 1; j < r; j++ {
			indices[j] = indices[j-1] + 1
		}
		return emit(), true, nil
	}), nil
}

func itPairwise(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if e := noKw("pairwise", kw); e != nil {
		return nil, e
	}
	if e := argN("pairwise", args, nil, 1, 1); e != nil {
		return nil, e
	}
	it, e := py.Iter(args[0])
	if e != nil {
		return nil, e
	}
	var prev py.Object
	return newIt("pairwise", func() (py.Object, bool, *py.Exc) {
		if prev == nil {
			v, ok, e := it.Next()
			if !ok || e != nil {
				return nil, false, e
			}
			prev = v
		}
		v, ok, e := it.Next()
		if !ok || e != nil {
			return nil, false, e
		}
		out := py.Tuple{prev, v}
		prev = v
		return out, true, nil
	}), nil
}

// itTee is tee(iterable, n=2): n iterators sharing one buffer.
func itTee(args []py.Object, kw []py.Kwarg) (py.Object, *py.Exc) {
	if e := noKw("tee", kw); e != nil {
		return nil, e
	}
	if e := argN("tee", args, nil, 1, 2); e != nil {
		return nil, e
	}
	n := 2
	if len(args) == 2 {
		var e *py.Exc
		if n, e = py.Index(args[1]); e != nil {
			return nil, e
		}
		if n < 0 {
			return nil, py.Errorf(py.ValueError, "n must be >= 0")
		}
	}
	src, e := py.Iter(args[0])
	if e != nil {
		return nil, e
	}
	var buf []py.Object // values read from src; base is the index of buf[0]
	base := 0
	pos := make([]int, n)
	out := make(py.Tuple, n)
	for i := range out {
		out[i] = &itIter{cls: itClasses["_tee"], next: func() (py.Object, bool, *py.Exc) {
			if pos[i]-base == len(buf) {
				v, ok, e := src.Next()
				if !ok || e != nil {
					return nil, false, e
				}
				buf = append(buf, v)
			}
			v := buf[pos[i]-base]
			pos[i]++
			low := pos[0]
			for _, p := range pos {
				low = min(low, p)
			}
			if drop := low - base; drop > 0 {
				buf = buf[drop:]
				base = low
			}
			return v, true, nil
		}}
	}
	return out, nil
}
