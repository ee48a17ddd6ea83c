package py

import "math"

func lambda(fn func(args ...Object) Object) *Function {
	return NewFunction("<lambda>", "<lambda>", nil, func(args []Object, kw []Kwarg) (Object, *Exc) {
		var out Object
		var exc *Exc
		func() {
			defer func() {
				if r := recover(); r != nil {
					rz, ok := r.(raised)
					if !ok {
						panic(r)
					}
					exc = rz.e
				}
			}()
			out = fn(args...)
		}()
		return out, exc
	})
}

var builtinCases = []tc{
	{"print_sep_end", `print(1, 2, 3, sep="-", end="!\n"); print("a", "b", sep=""); print(); print("x", end=""); print("y", sep=None, end=None)`, func() {
		prk([]Object{1, 2, 3}, kw("sep", "-"), kw("end", "!\n"))
		prk([]Object{"a", "b"}, kw("sep", ""))
		pr()
		prk([]Object{"x"}, kw("end", ""))
		prk([]Object{"y"}, kw("sep", None), kw("end", None))
	}},
	{"print_flush_kw", `print("f", flush=True)`, func() { prk([]Object{"f"}, kw("flush", true)) }},
	{"print_bad_sep", `print(1, sep=5)`, func() { prk([]Object{1}, kw("sep", 5)) }},
	{"enumerate_zip", `print(list(enumerate("ab")), list(enumerate(["x"], 5)), list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))`, func() {
		pr(b("list", b("enumerate", "ab")), b("list", b("enumerate", L("x"), 5)), b("list", b("zip", L(1, 2, 3), "ab")), b("list", b("zip")), b("list", b("zip", L(1), L(2), L(3))))
	}},
	{"zip_strict_error", `list(zip([1, 2], [1], strict=True))`, func() { b("list", bk("zip", []Object{L(1, 2), L(1)}, kw("strict", true))) }},
	{"map_filter", `print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, "", "a"])), list(filter(lambda x: x % 2, range(7))))`, func() {
		mul := lambda(func(a ...Object) Object { return m(Mul(a[0], a[1])) })
		odd := lambda(func(a ...Object) Object { return m(Mod(a[0], 2)) })
		pr(b("list", b("map", Builtins["str"], L(1, 2))), b("list", b("map", mul, L(1, 2, 3), L(4, 5))), b("list", b("filter", None, L(0, 1, "", "a"))), b("list", b("filter", odd, b("range", 7))))
	}},
	{"sorted_reversed", `print(sorted([3, 1, 2]), sorted("bca", reverse=True), sorted({3: 1, 1: 2}), list(reversed([1, 2, 3])), list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))`, func() {
		pr(b("sorted", L(3, 1, 2)), bk("sorted", []Object{"bca"}, kw("reverse", true)), b("sorted", D(3, 1, 1, 2)), b("list", b("reversed", L(1, 2, 3))), b("list", b("reversed", b("range", 5))), b("list", b("reversed", "abc")), b("list", b("reversed", T(1, 2))), b("list", b("reversed", D("a", 1, "b", 2))))
	}},
	{"reversed_set_error", `reversed({1})`, func() { b("reversed", S(1)) }},
	{"sum_variants", `print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([1, 2.5]), sum([[1], [2]], []), sum(range(101), 10), sum([2**63, 2**63]), sum([0.1] * 10))`, func() {
		pr(b("sum", L(1, 2, 3)), b("sum", L(1.5, 2.5)), b("sum", L(1, 2.5)), b("sum", L(L(1), L(2)), L()), b("sum", b("range", 101), 10), b("sum", L(m(Pow(2, 63)), m(Pow(2, 63)))), b("sum", m(Mul(L(0.1), 10))))
	}},
	{"sum_str_error", `sum(["a", "b"], "")`, func() { b("sum", L("a", "b"), "") }},
	{"sum_type_error", `sum(["a"])`, func() { b("sum", L("a")) }},
	{"min_max", `print(min(3, 1, 2), max([3, 1, 2]), min("bca"), max([], default=0), min([1, -5, 3], key=abs), max("a", "bb", "c", key=len), max([1, 1.0]), min([1.0, 1]))`, func() {
		pr(b("min", 3, 1, 2), b("max", L(3, 1, 2)), b("min", "bca"), bk("max", []Object{L()}, kw("default", 0)), bk("min", []Object{L(1, -5, 3)}, kw("key", Builtins["abs"])), bk("max", []Object{"a", "bb", "c"}, kw("key", Builtins["len"])), b("max", L(1, 1.0)), b("min", L(1.0, 1)))
	}},
	{"max_empty_error", `max([])`, func() { b("max", L()) }},
	{"min_not_iterable", `min(1)`, func() { b("min", 1) }},
	{"any_all", `print(any([0, "", None]), any([0, 1]), all([]), all([1, "a"]), all([1, 0]), any(x > 2 for x in [1, 3]))`, func() {
		pr(b("any", L(0, "", None)), b("any", L(0, 1)), b("all", L()), b("all", L(1, "a")), b("all", L(1, 0)), b("any", L(false, true)))
	}},
	{"isinstance_issubclass", `print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance("a", str), isinstance(1.0, float), isinstance([], (list, tuple)), issubclass(bool, int), issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)), isinstance(None, type(None)))`, func() {
		pr(b("isinstance", 1, IntType), b("isinstance", true, IntType), b("isinstance", 1, T(StrType, FloatType)), b("isinstance", "a", StrType), b("isinstance", 1.0, FloatType), b("isinstance", L(), T(ListType, TupleType)), b("issubclass", BoolType, IntType), b("issubclass", KeyError, LookupError), b("issubclass", KeyError, T(ValueError, IndexError)), b("isinstance", None, b("type", None)))
	}},
	{"type_names", `print(type(1), type(1.5), type("a"), type(None), type(True), type([]), type(()), type({}), type(set()), type(frozenset()), type(range(1)), type(b""), type(2**70), type(len), type(int), type(iter([])), type(iter("")), type(zip()), type({}.keys()), type(ValueError()))`, func() {
		pr(b("type", 1), b("type", 1.5), b("type", "a"), b("type", None), b("type", true), b("type", L()), b("type", T()), b("type", D()), b("type", b("set")), b("type", b("frozenset")), b("type", b("range", 1)), b("type", Bytes("")), b("type", m(Pow(2, 70))), b("type", Builtins["len"]), b("type", IntType), b("type", b("iter", L())), b("type", b("iter", "")), b("type", b("zip")), b("type", cm(D(), "keys")), b("type", b("ValueError")))
	}},
	{"type_name_attr", `print(type(1).__name__, int.__name__, ValueError.__name__, type([]).__name__, len.__name__)`, func() {
		pr(getattr(b("type", 1), "__name__"), getattr(IntType, "__name__"), getattr(ValueError, "__name__"), getattr(b("type", L()), "__name__"), getattr(Builtins["len"], "__name__"))
	}},
	{"builtin_reprs", `print(len, int, ValueError, print, str.upper if False else 0)`, func() {
		pr(Builtins["len"], IntType, ValueError, Builtins["print"], 0)
	}},
	{"callable_check", `print(callable(len), callable(1), callable(int), callable(lambda: 0))`, func() {
		pr(b("callable", Builtins["len"]), b("callable", 1), b("callable", IntType), b("callable", lambda(func(...Object) Object { return 0 })))
	}},
	{"not_callable", `(1)()`, func() { m(Call(1, nil, nil)) }},
	{"getattr_setattr_hasattr", `class C: pass
c = C(); setattr(c, "x", 5); print(getattr(c, "x"), getattr(c, "y", "dflt"), hasattr(c, "x"), hasattr(c, "y"), hasattr("s", "upper"))`, func() {
		cls := NewClass("C", "__main__", ObjectClass)
		c := m(Call(cls, nil, nil))
		b("setattr", c, "x", 5)
		pr(b("getattr", c, "x"), b("getattr", c, "y", "dflt"), b("hasattr", c, "x"), b("hasattr", c, "y"), b("hasattr", "s", "upper"))
	}},
	{"getattr_missing", `class C: pass
getattr(C(), "nope")`, func() { b("getattr", m(Call(NewClass("C", "__main__", ObjectClass), nil, nil)), "nope") }},
	{"none_attribute_error", `None.foo`, func() { getattr(None, "foo") }},
	{"int_attribute_error", `(5).foo`, func() { getattr(5, "foo") }},
	{"format_builtin", `print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234567, ","), format(True), format(None), format(2**70, "_"))`, func() {
		pr(b("format", 3.14159, ".2f"), b("format", 42, "08b"), b("format", "x", "^5"), b("format", 1234567, ","), b("format", true), b("format", None), b("format", m(Pow(2, 70)), "_"))
	}},
	{"format_none_spec_error", `format(None, "5")`, func() { b("format", None, "5") }},
	{"format_bad_spec", `format(1, "z")`, func() { b("format", 1, "z") }},
	{"abs_divmod_pow_builtins", `print(abs(-2.5), divmod(-7.5, 2), pow(2, 10), pow(2.0, -1), pow(-8, 1/3) if False else 0)`, func() {
		pr(b("abs", -2.5), b("divmod", -7.5, 2), b("pow", 2, 10), b("pow", 2.0, -1), 0)
	}},
	{"hash_unhashable", `hash([1])`, func() { b("hash", L(1)) }},
	{"hash_unhashable_dict", `hash({})`, func() { b("hash", D()) }},
	{"hash_consistency", `print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, "a")) == hash((1.0, "a")), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))`, func() {
		h1, h2, h3 := b("hash", 1), b("hash", 1.0), b("hash", true)
		pr(mb(Eq(h1, h2)) && mb(Eq(h2, h3)), mb(Eq(b("hash", "a"), b("hash", "a"))), mb(Eq(b("hash", T(1, "a")), b("hash", T(1.0, "a")))), mb(Eq(b("hash", b("frozenset", L(1, 2))), b("hash", b("frozenset", L(2, 1))))))
	}},
	{"bool_conversions", `print(bool(), bool(0), bool("0"), bool([None]), int(), float(), str(), list(), tuple(), dict(), set())`, func() {
		pr(b("bool"), b("bool", 0), b("bool", "0"), b("bool", L(None)), b("int"), b("float"), b("str"), b("list"), b("tuple"), b("dict"), b("set"))
	}},
	{"int_convert_error_types", `int([1])`, func() { b("int", L(1)) }},
	{"float_convert_error_types", `float(None)`, func() { b("float", None) }},
	{"bool_repr_ops", `print(True, False, repr(True), str(False), True == 1, False < True, True is True, not True, not 0)`, func() {
		pr(true, false, b("repr", true), b("str", false), mb(Eq(true, 1)), mb(Lt(false, true)), Is(true, true), !mb(Truth(true)), !mb(Truth(0)))
	}},
	{"none_repr_compare", `print(None, repr(None), None == None, None is None, None != 0)`, func() {
		pr(None, b("repr", None), mb(Eq(None, None)), Is(None, None), mb(Ne(None, 0)))
	}},
	{"none_order_error", `None < 1`, func() { mb(Lt(None, 1)) }},
	{"hex_oct_bin_index_error", `bin(1.0)`, func() { b("bin", 1.0) }},
	{"round_float_precision", `print([round(x / 8, 2) for x in range(-8, 9)], round(0.125, 2), round(0.375, 2), round(-2.5), round(3.14159, 3), round(1e20, -5))`, func() {
		var out []Object
		for x := -8; x <= 8; x++ {
			out = append(out, b("round", m(TrueDiv(x, 8)), 2))
		}
		pr(L(out...), b("round", 0.125, 2), b("round", 0.375, 2), b("round", -2.5), b("round", 3.14159, 3), b("round", 1e20, -5))
	}},
	{"math_special_floats", `x = float("inf"); print(x - x, x * 0, -x, x > 1e308, float("nan") != float("nan"), 1e308 * 10 == x)`, func() {
		x := math.Inf(1)
		pr(m(Sub(x, x)), m(Mul(x, 0)), m(Neg(x)), mb(Gt(x, 1e308)), mb(Ne(math.NaN(), math.NaN())), mb(Eq(m(Mul(1e308, 10)), x)))
	}},
	{"chained_builtins", `words = "the quick brown fox jumps over the lazy dog".split(); print(sorted(set(words)), max(words, key=len), {w: len(w) for w in words if len(w) > 4}, list(enumerate(sorted(words)[:3])))`, func() {
		words := cm("the quick brown fox jumps over the lazy dog", "split")
		comp := D()
		for _, w := range words.(*List).Items {
			if b("len", w).(int) > 4 {
				chk(SetItem(comp, w, b("len", w)))
			}
		}
		pr(b("sorted", b("set", words)), bk("max", []Object{words}, kw("key", Builtins["len"])), comp, b("list", b("enumerate", m(GetItem(b("sorted", words), sl(None, 3, None))))))
	}},
	{"input_eof", `input()`, func() {
		restore := SetStdin(&emptyReader{})
		defer restore()
		b("input")
	}},
	{"unbound_and_bound_method_keys", `d = {"a": 3, "b": 7, "c": 5}
print(sorted(["b", "A", "c"], key=str.lower), max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]), "".join(map(str, range(5))), list(zip(*[[1, 2], [3, 4]])), dict(sorted(d.items(), key=lambda kv: -kv[1])))
lst = []; list.append(lst, 5); print(lst, str.upper("x"), dict.get(d, "a"))`, func() {
		d := D("a", 3, "b", 7, "c", 5)
		second := lambda(func(a ...Object) Object { return m(GetItem(a[0], 1)) })
		negSecond := lambda(func(a ...Object) Object { return m(Neg(m(GetItem(a[0], 1)))) })
		pr(bk("sorted", []Object{L("b", "A", "c")}, kw("key", getattr(StrType, "lower"))), bk("max", []Object{d}, kw("key", getattr(d, "get"))), bk("min", []Object{cm(d, "items")}, kw("key", second)), cm("", "join", b("map", Builtins["str"], b("range", 5))), b("list", m(Call(Builtins["zip"], []Object{L(1, 2), L(3, 4)}, nil))), b("dict", bk("sorted", []Object{cm(d, "items")}, kw("key", negSecond))))
		lst := L()
		m(Call(getattr(ListType, "append"), []Object{lst, 5}, nil))
		pr(lst, m(Call(getattr(StrType, "upper"), []Object{"x"}, nil)), m(Call(getattr(DictType, "get"), []Object{d, "a"}, nil)))
	}},
	{"unbound_method_wrong_type", `str.upper(5)`, func() { m(Call(getattr(StrType, "upper"), []Object{5}, nil)) }},
	{"int_str_digit_limit", `int("1" * 5000)`, func() { b("int", m(Mul("1", 5000))) }},
	{"enumerate_reversed_combo", `pairs = list(enumerate("abc", 1)); print(pairs, list(reversed(pairs)), [i * c for i, c in pairs], sum(i for i, _ in pairs))`, func() {
		pairs := b("list", b("enumerate", "abc", 1))
		var prods []Object
		total := Object(0)
		for _, p := range pairs.(*List).Items {
			t := p.(Tuple)
			prods = append(prods, m(Mul(t[0], t[1])))
			total = m(Add(total, t[0]))
		}
		pr(pairs, b("list", b("reversed", pairs)), L(prods...), total)
	}},
	{"print_file_stdout_object_repr", `import sys
print("to stdout", file=sys.stdout); print(repr(sys.stderr))`, func() {
		prk([]Object{"to stdout"}, kw("file", Stdout))
		pr(b("repr", Stderr))
	}},
	{"unpack_ok", `a, b = (1, 2); c, *d, e = range(5); *f, g = "xy"; h, = [9]; print(a, b, c, d, e, f, g, h)`, func() {
		ab := must2(Unpack(T(1, 2), 2))
		cde := must2(UnpackStar(b("range", 5), 1, 1))
		fg := must2(UnpackStar("xy", 0, 1))
		h := must2(Unpack(L(9), 1))
		pr(ab[0], ab[1], cde[0], cde[1], cde[2], fg[0], fg[1], h[0])
	}},
	{"unpack_too_few", `a, b = [1]`, func() { must2(Unpack(L(1), 2)) }},
	{"unpack_too_many", `a, b = [1, 2, 3]`, func() { must2(Unpack(L(1, 2, 3), 2)) }},
	{"unpack_iter_too_few", `a, b = iter([1])`, func() { must2(Unpack(b("iter", L(1)), 2)) }},
	{"unpack_non_iterable", `a, b = 5`, func() { must2(Unpack(5, 2)) }},
	{"unpack_star_too_few", `a, *b, c = [1]`, func() { must2(UnpackStar(L(1), 1, 1)) }},
	{"star_kwargs_not_mapping", `def f(**k): pass
f(**5)`, func() {
		_, e := StarKwargs(NewFunction("f", "f", nil, nil), 5)
		chk(e)
	}},
	{"star_kwargs_non_str", `def f(**k): pass
f(**{1: 2})`, func() {
		_, e := StarKwargs(NewFunction("f", "f", nil, nil), D(1, 2))
		chk(e)
	}},
	{"star_args_not_iterable", `def f(*a): pass
f(*5)`, func() {
		_, e := StarArgs(NewFunction("f", "f", nil, nil), 5)
		chk(e)
	}},
	{"name_errors", `try:
    x
except NameError as e:
    print(type(e).__name__, e)
def g():
    y
    y = 1
g()`, func() {
		e := NameNotDefined("x")
		pr(getattr(b("type", e), "__name__"), e)
		chk(UnboundLocal("y"))
	}},
}

type emptyReader struct{}

func (emptyReader) Read([]byte) (int, error) { return 0, errEOF }

func must2(v []Object, e *Exc) []Object {
	chk(e)
	return v
}
