package py

import "math"

var containerCases = []tc{
	{"list_repr_nested", `print([1, "a", [2.5, None], (True,), {"k": [()]}], [])`, func() {
		pr(L(1, "a", L(2.5, None), T(true), D("k", L(T()))), L())
	}},
	{"list_recursive_repr", `a = [1]; a.append(a); print(a); d = {}; d["self"] = d; print(d); b = [a, a]; print(b)`, func() {
		a := L(1)
		a.Append(a)
		pr(a)
		d := D()
		chk(d.Set("self", d))
		pr(d)
		pr(L(a, a))
	}},
	{"list_index_errors", `print([1, 2][5])`, func() { pr(m(GetItem(L(1, 2), 5))) }},
	{"list_assign_index_error", `a = [1]; a[3] = 0`, func() { chk(SetItem(L(1), 3, 0)) }},
	{"list_negative_index", `a = [1, 2, 3]; print(a[-1], a[-3]); a[-1] = 9; print(a)`, func() {
		a := L(1, 2, 3)
		pr(m(GetItem(a, -1)), m(GetItem(a, -3)))
		chk(SetItem(a, -1, 9))
		pr(a)
	}},
	{"list_slicing", `a = list(range(10)); print(a[2:5], a[::-1], a[::3], a[-3:], a[8:2:-2], a[100:], a[:-100])`, func() {
		a := b("list", b("range", 10))
		pr(m(GetItem(a, sl(2, 5, None))), m(GetItem(a, sl(None, None, -1))), m(GetItem(a, sl(None, None, 3))), m(GetItem(a, sl(-3, None, None))), m(GetItem(a, sl(8, 2, -2))), m(GetItem(a, sl(100, None, None))), m(GetItem(a, sl(None, -100, None))))
	}},
	{"list_slice_assign", `a = list(range(6)); a[1:3] = ["x", "y", "z"]; print(a); a[::2] = [0, 0, 0, 0][:len(a[::2])]; print(a); del a[1:3]; print(a); del a[0]; print(a)`, func() {
		a := b("list", b("range", 6))
		chk(SetItem(a, sl(1, 3, None), L("x", "y", "z")))
		pr(a)
		n := b("len", m(GetItem(a, sl(None, None, 2))))
		chk(SetItem(a, sl(None, None, 2), m(GetItem(L(0, 0, 0, 0), sl(None, n, None)))))
		pr(a)
		chk(DelItem(a, sl(1, 3, None)))
		pr(a)
		chk(DelItem(a, 0))
		pr(a)
	}},
	{"list_extended_slice_size_error", `a = [1, 2, 3, 4]; a[::2] = [1]`, func() { chk(SetItem(L(1, 2, 3, 4), sl(None, None, 2), L(1))) }},
	{"list_methods", `a = [3, 1, 2]; a.append(4); a.extend((5, 6)); a.insert(0, 0); a.insert(-1, 9); a.insert(100, 7); print(a, a.pop(), a.pop(0), a.index(2), a.count(9)); a.remove(9); a.reverse(); print(a, a.copy()); a.clear(); print(a)`, func() {
		a := L(3, 1, 2)
		cm(a, "append", 4)
		cm(a, "extend", T(5, 6))
		cm(a, "insert", 0, 0)
		cm(a, "insert", -1, 9)
		cm(a, "insert", 100, 7)
		pr(a, cm(a, "pop"), cm(a, "pop", 0), cm(a, "index", 2), cm(a, "count", 9))
		cm(a, "remove", 9)
		cm(a, "reverse")
		pr(a, cm(a, "copy"))
		cm(a, "clear")
		pr(a)
	}},
	{"list_pop_empty", `[].pop()`, func() { cm(L(), "pop") }},
	{"list_remove_missing", `[1].remove(2)`, func() { cm(L(1), "remove", 2) }},
	{"list_index_missing", `[1, 2].index("x")`, func() { cm(L(1, 2), "index", "x") }},
	{"list_sort", `a = [3, 1, 2, 1.5, -1]; a.sort(); print(a); a.sort(reverse=True); print(a); w = ["bb", "a", "ccc", "dd"]; w.sort(key=len); print(w); w.sort(key=len, reverse=True); print(w)`, func() {
		a := L(3, 1, 2, 1.5, -1)
		cm(a, "sort")
		pr(a)
		cmk(a, "sort", nil, kw("reverse", true))
		pr(a)
		w := L("bb", "a", "ccc", "dd")
		cmk(w, "sort", nil, kw("key", Builtins["len"]))
		pr(w)
		cmk(w, "sort", nil, kw("key", Builtins["len"]), kw("reverse", true))
		pr(w)
	}},
	{"list_sort_stable_tuples", `data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]; print(sorted(data, key=lambda t: t[1])); print(sorted(data, key=lambda t: t[1], reverse=True)); print(sorted(data))`, func() {
		data := L(T("b", 2), T("a", 2), T("c", 1), T("d", 3), T("e", 1))
		second := NewBuiltin("<lambda>", func(args []Object, kw []Kwarg) (Object, *Exc) { return GetItem(args[0], 1) })
		pr(bk("sorted", []Object{data}, kw("key", second)))
		pr(bk("sorted", []Object{data}, kw("key", second), kw("reverse", true)))
		pr(b("sorted", data))
	}},
	{"list_sort_mixed_error", `sorted([3, "a", 1])`, func() { b("sorted", L(3, "a", 1)) }},
	{"list_concat_repeat", `print([1] + [2], [0] * 3, 2 * [1, 2], [1] * 0, ([1],) * 2)`, func() {
		pr(m(Add(L(1), L(2))), m(Mul(L(0), 3)), m(Mul(2, L(1, 2))), m(Mul(L(1), 0)), m(Mul(T(L(1)), 2)))
	}},
	{"list_concat_error", `[1] + (2,)`, func() { m(Add(L(1), T(2))) }},
	{"list_compare", `print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [1, 2] == [1, 2], [1, [2]] == [1, [2]], [] < [0], [2] > [1, 9], [1, 2] != [1, 2])`, func() {
		pr(mb(Lt(L(1, 2), L(1, 3))), mb(Lt(L(1, 2), L(1, 2, 0))), mb(Eq(L(1, 2), L(1, 2))), mb(Eq(L(1, L(2)), L(1, L(2)))), mb(Lt(L(), L(0))), mb(Gt(L(2), L(1, 9))), mb(Ne(L(1, 2), L(1, 2))))
	}},
	{"list_compare_error", `[1] < [None]`, func() { mb(Lt(L(1), L(None))) }},
	{"list_inplace_add", `a = [1]; b = a; a += (2, 3); a *= 2; print(a, b is a)`, func() {
		a := L(1)
		bb := a
		x := m(InPlace("+", a, T(2, 3)))
		x = m(InPlace("*", x, 2))
		pr(x, Is(bb, x))
	}},
	{"list_in", `print(2 in [1, 2], 2.0 in [1, 2], "x" in [1], [1] in [[1]], float("nan") in [float("nan")])`, func() {
		pr(mb(In(2, L(1, 2))), mb(In(2.0, L(1, 2))), mb(In("x", L(1))), mb(In(L(1), L(L(1)))), mb(In(math.NaN(), L(math.NaN()))))
	}},
	{"tuple_basics", `t = (1, "a", 2.5); print(t, (1,), (), t[1], t[-1], t[:2], len(t), t + (3,), t * 2, t.index("a"), t.count(1))`, func() {
		t := T(1, "a", 2.5)
		pr(t, T(1), T(), m(GetItem(t, 1)), m(GetItem(t, -1)), m(GetItem(t, sl(None, 2, None))), b("len", t), m(Add(t, T(3))), m(Mul(t, 2)), cm(t, "index", "a"), cm(t, "count", 1))
	}},
	{"tuple_index_error", `(1, 2)[2]`, func() { m(GetItem(T(1, 2), 2)) }},
	{"tuple_assign_error", `t = (1,); t[0] = 2`, func() { chk(SetItem(T(1), 0, 2)) }},
	{"tuple_compare", `print((1, 2) < (1, 3), (1, "a") < (1, "b"), (2,) > (1, 5), (1, 2) == (1, 2.0), () < (1,))`, func() {
		pr(mb(Lt(T(1, 2), T(1, 3))), mb(Lt(T(1, "a"), T(1, "b"))), mb(Gt(T(2), T(1, 5))), mb(Eq(T(1, 2), T(1, 2.0))), mb(Lt(T(), T(1))))
	}},
	{"dict_basics", `d = {"b": 1, "a": 2}; d["c"] = 3; d["b"] = 10; print(d, len(d), d["a"], "a" in d, "z" in d, d.get("z"), d.get("z", 0))`, func() {
		d := D("b", 1, "a", 2)
		chk(SetItem(d, "c", 3))
		chk(SetItem(d, "b", 10))
		pr(d, b("len", d), m(GetItem(d, "a")), mb(In("a", d)), mb(In("z", d)), cm(d, "get", "z"), cm(d, "get", "z", 0))
	}},
	{"dict_missing_key", `d = {"a": 1}; d["x"]`, func() { m(GetItem(D("a", 1), "x")) }},
	{"dict_missing_int_key", `{}[1]`, func() { m(GetItem(D(), 1)) }},
	{"dict_missing_tuple_key", `{}[(1, "a")]`, func() { m(GetItem(D(), T(1, "a"))) }},
	{"dict_numeric_keys_equal", `d = {1: "int"}; d[1.0] = "float"; d[True] = "bool"; print(d, d[1], {0: "a", False: "b", 0.0: "c"}, {2**64: 1}[2.0**64])`, func() {
		d := D(1, "int")
		chk(SetItem(d, 1.0, "float"))
		chk(SetItem(d, true, "bool"))
		pr(d, m(GetItem(d, 1)), D(0, "a", false, "b", 0.0, "c"), m(GetItem(D(m(Pow(2, 64)), 1), m(Pow(2.0, 64)))))
	}},
	{"dict_unhashable_key", `d = {}; d[[1]] = 2`, func() { chk(SetItem(D(), L(1), 2)) }},
	{"dict_unhashable_lookup", `{1: 2}[{}]`, func() { m(GetItem(D(1, 2), D())) }},
	{"dict_tuple_keys", `d = {(1, 2): "a", (1, (2, 3)): "b"}; print(d[(1, 2)], d[(1.0, (2, 3))], (1, 2) in d, (2, 1) in d)`, func() {
		d := D(T(1, 2), "a", T(1, T(2, 3)), "b")
		pr(m(GetItem(d, T(1, 2))), m(GetItem(d, T(1.0, T(2, 3)))), mb(In(T(1, 2), d)), mb(In(T(2, 1), d)))
	}},
	{"dict_unhashable_tuple_key", `{(1, [2]): 3}`, func() { D(T(1, L(2)), 3) }},
	{"dict_views", `d = {"a": 1, "b": 2}; k = d.keys(); v = d.values(); it = d.items(); d["c"] = 3; print(k, v, it, len(k), "a" in k, list(it), ("a", 1) in list(it))`, func() {
		d := D("a", 1, "b", 2)
		k, v, it := cm(d, "keys"), cm(d, "values"), cm(d, "items")
		chk(SetItem(d, "c", 3))
		pr(k, v, it, b("len", k), mb(In("a", k)), b("list", it), mb(In(T("a", 1), b("list", it))))
	}},
	{"dict_delete_reinsert_order", `d = dict(a=1, b=2, c=3); del d["a"]; d["a"] = 4; print(d, list(d), d.pop("b"), d.pop("zz", None), d.popitem(), d)`, func() {
		d := bk("dict", nil, kw("a", 1), kw("b", 2), kw("c", 3))
		chk(DelItem(d, "a"))
		chk(SetItem(d, "a", 4))
		pr(d, b("list", d), cm(d, "pop", "b"), cm(d, "pop", "zz", None), cm(d, "popitem"), d)
	}},
	{"dict_pop_missing", `{}.pop("k")`, func() { cm(D(), "pop", "k") }},
	{"dict_popitem_empty", `{}.popitem()`, func() { cm(D(), "popitem") }},
	{"dict_del_missing", `d = {}; del d["q"]`, func() { chk(DelItem(D(), "q")) }},
	{"dict_methods", `d = {}; print(d.setdefault("a", []), d.setdefault("a", 5)); d.update({"b": 2}, c=3); d.update([("d", 4)]); print(d, d.copy() == d, dict.fromkeys("xy", 0), dict([(1, 2)]), dict(zip("ab", range(2))))`, func() {
		d := D()
		pr(cm(d, "setdefault", "a", L()), cm(d, "setdefault", "a", 5))
		cmk(d, "update", []Object{D("b", 2)}, kw("c", 3))
		cm(d, "update", L(T("d", 4)))
		pr(d, mb(Eq(cm(d, "copy"), d)), m(Call(getattr(DictType, "fromkeys"), []Object{"xy", 0}, nil)), b("dict", L(T(1, 2))), b("dict", b("zip", "ab", b("range", 2))))
	}},
	{"dict_update_bad_sequence", `dict([(1, 2, 3)])`, func() { b("dict", L(T(1, 2, 3))) }},
	{"dict_iter_mutation", `d = {1: 1}
for k in d:
    d[k + 1] = 0`, func() {
		d := D(1, 1)
		it := m(Iter(d)).(Iterator)
		for {
			k, ok, e := it.Next()
			chk(e)
			if !ok {
				break
			}
			chk(SetItem(d, m(Add(k, 1)), 0))
		}
	}},
	{"dict_equality_merge", `print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {"a": 1} | {"b": 2, "a": 0}, {1: [1]} != {1: [1]})`, func() {
		pr(mb(Eq(D(1, 2, 3, 4), D(3, 4, 1, 2))), mb(Eq(D(1, 2), D(1, 3))), m(Or(D("a", 1), D("b", 2, "a", 0))), mb(Ne(D(1, L(1)), D(1, L(1)))))
	}},
	{"dict_many_keys_delete", `d = {i: i * i for i in range(100)}
for i in range(0, 100, 3):
    del d[i]
print(len(d), sum(d), list(d)[:5], d[98])`, func() {
		d := D()
		for i := 0; i < 100; i++ {
			chk(SetItem(d, i, i*i))
		}
		for i := 0; i < 100; i += 3 {
			chk(DelItem(d, i))
		}
		pr(b("len", d), b("sum", d), m(GetItem(b("list", d), sl(None, 5, None))), m(GetItem(d, 98)))
	}},
	{"set_basics", `s = {3, 1, 2}; s.add(2); s.add(4); s.discard(1); s.discard(99); print(len(s), 3 in s, 1 in s, sorted(s), set(), {1.0, 1, True})`, func() {
		s := S(3, 1, 2)
		cm(s, "add", 2)
		cm(s, "add", 4)
		cm(s, "discard", 1)
		cm(s, "discard", 99)
		pr(b("len", s), mb(In(3, s)), mb(In(1, s)), b("sorted", s), b("set"), S(1.0, 1, true))
	}},
	{"set_ops", `a = {1, 2, 3}; b = {2, 3, 4}; print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= b, {2} < a, a >= {1}, a == {3, 2, 1}, a.isdisjoint({9}), sorted(a.union([7], (8,))), sorted(a.intersection(b, {3})))`, func() {
		a, bb := S(1, 2, 3), S(2, 3, 4)
		pr(b("sorted", m(Or(a, bb))), b("sorted", m(And(a, bb))), b("sorted", m(Sub(a, bb))), b("sorted", m(Xor(a, bb))), mb(Le(a, bb)), mb(Lt(S(2), a)), mb(Ge(a, S(1))), mb(Eq(a, S(3, 2, 1))), cm(a, "isdisjoint", S(9)), b("sorted", cm(a, "union", L(7), T(8))), b("sorted", cm(a, "intersection", bb, S(3))))
	}},
	{"set_remove_missing", `s = {1}; s.remove(2)`, func() { cm(S(1), "remove", 2) }},
	{"set_pop_empty", `set().pop()`, func() { cm(b("set"), "pop") }},
	{"set_unhashable", `{[1]}`, func() { S(L(1)) }},
	{"set_update_methods", `s = {1, 2}; s.update([3], {4}); s.difference_update({1}); s.intersection_update({2, 3, 4, 5}); print(sorted(s)); s |= {9}; s -= {2}; print(sorted(s))`, func() {
		s := S(1, 2)
		cm(s, "update", L(3), S(4))
		cm(s, "difference_update", S(1))
		cm(s, "intersection_update", S(2, 3, 4, 5))
		pr(b("sorted", s))
		x := m(InPlace("|", s, S(9)))
		x = m(InPlace("-", x, S(2)))
		pr(b("sorted", x))
	}},
	{"frozenset_basics", `f = frozenset([1, 2, 2]); print(f, frozenset(), len(f), 2 in f, {f: 1}[frozenset({2, 1})], f | {3}, type(f & {1}))`, func() {
		f := b("frozenset", L(1, 2, 2))
		pr(f, b("frozenset"), b("len", f), mb(In(2, f)), m(GetItem(D(f, 1), b("frozenset", S(2, 1)))), m(Or(f, S(3))), TypeOf(m(And(f, S(1)))))
	}},
	{"set_repr_strings_single", `print({"only"}, {(1, 2)}, frozenset({"x"}))`, func() {
		pr(S("only"), S(T(1, 2)), b("frozenset", S("x")))
	}},
	{"range_basics", `r = range(1, 10, 3); print(r, range(5), range(0, -5, -2), list(r), len(r), r[1], r[-1], r[1:], 4 in r, 5 in r, r.index(7), len(range(10, 0)), list(range(0, -5, -2)))`, func() {
		r := b("range", 1, 10, 3)
		pr(r, b("range", 5), b("range", 0, -5, -2), b("list", r), b("len", r), m(GetItem(r, 1)), m(GetItem(r, -1)), m(GetItem(r, sl(1, None, None))), mb(In(4, r)), mb(In(5, r)), cm(r, "index", 7), b("len", b("range", 10, 0)), b("list", b("range", 0, -5, -2)))
	}},
	{"range_zero_step", `range(1, 2, 0)`, func() { b("range", 1, 2, 0) }},
	{"range_float_arg", `range(1.5)`, func() { b("range", 1.5) }},
	{"range_index_error", `range(3)[3]`, func() { m(GetItem(b("range", 3), 3)) }},
	{"range_equality", `print(range(0) == range(2, 2), range(0, 3) == range(0, 3, 1), range(1, 5, 2) == range(1, 6, 2))`, func() {
		pr(mb(Eq(b("range", 0), b("range", 2, 2))), mb(Eq(b("range", 0, 3), b("range", 0, 3, 1))), mb(Eq(b("range", 1, 5, 2), b("range", 1, 6, 2))))
	}},
	{"slice_object", `s = slice(1, None, 2); print(s, s.start, s.stop, s.step, [0, 1, 2, 3, 4][s], slice(3))`, func() {
		s := b("slice", 1, None, 2)
		pr(s, getattr(s, "start"), getattr(s, "stop"), getattr(s, "step"), m(GetItem(L(0, 1, 2, 3, 4), s)), b("slice", 3))
	}},
	{"not_subscriptable", `print((5)[0])`, func() { m(GetItem(5, 0)) }},
	{"len_of_int", `len(5)`, func() { b("len", 5) }},
	{"truthiness", `print([bool(x) for x in [0, 1, -1, 0.0, 0.1, "", "a", [], [0], {}, {0: 0}, (), None, set(), range(0), range(1), b"", 2**70]])`, func() {
		var out []Object
		for _, x := range []Object{0, 1, -1, 0.0, 0.1, "", "a", L(), L(0), D(), D(0, 0), T(), None, b("set"), b("range", 0), b("range", 1), Bytes(""), m(Pow(2, 70))} {
			out = append(out, b("bool", x))
		}
		pr(L(out...))
	}},
	{"iter_protocol", `it = iter([1, 2]); print(next(it), next(it), next(it, "done"))
next(it)`, func() {
		it := b("iter", L(1, 2))
		pr(b("next", it), b("next", it), b("next", it, "done"))
		b("next", it)
	}},
	{"iter_not_iterable", `iter(5)`, func() { b("iter", 5) }},
	{"next_not_iterator", `next([1])`, func() { b("next", L(1)) }},
	{"unpack_like_tuple_of_list", `print(list((1, 2)), tuple([3, 4]), tuple("ab"), list({"a": 1}), list({3: 0, 1: 0}.items()))`, func() {
		pr(b("list", T(1, 2)), b("tuple", L(3, 4)), b("tuple", "ab"), b("list", D("a", 1)), b("list", cm(D(3, 0, 1, 0), "items")))
	}},
	{"set_order_small_ints", `print({3, 1, 2}, {10, 3, 100, 8, 64, -1, -7}, {2**61, 2**61 - 1, 5}, {0.5, 1.5, 2.0, -0.25})`, func() {
		pr(S(3, 1, 2), S(10, 3, 100, 8, 64, -1, -7), S(m(Pow(2, 61)), m(Sub(m(Pow(2, 61)), 1)), 5), S(0.5, 1.5, 2.0, -0.25))
	}},
	{"set_order_growth", `s = set()
for i in range(0, 200, 7):
    s.add(i * 37 % 101)
print(s)
print(set(range(50, 0, -3)))
print({(i, -i) for i in range(6)})`, func() {
		s := b("set")
		for i := 0; i < 200; i += 7 {
			cm(s, "add", (i*37)%101)
		}
		pr(s)
		pr(b("set", b("range", 50, 0, -3)))
		t := b("set")
		for i := 0; i < 6; i++ {
			cm(t, "add", T(i, -i))
		}
		pr(t)
	}},
	{"set_order_ops", `a = {1, 9, 17, 25, 4}; b = {4, 12, 9, 33, 2}
print(a | b, a & b, a - b, a ^ b, b - a, a.union([40, 8]), a.intersection([25, 1, 7]), a.difference([9]), a.symmetric_difference([1, 50]))`, func() {
		a, bb := S(1, 9, 17, 25, 4), S(4, 12, 9, 33, 2)
		pr(m(Or(a, bb)), m(And(a, bb)), m(Sub(a, bb)), m(Xor(a, bb)), m(Sub(bb, a)), cm(a, "union", L(40, 8)), cm(a, "intersection", L(25, 1, 7)), cm(a, "difference", L(9)), cm(a, "symmetric_difference", L(1, 50)))
	}},
	{"set_order_mutation", `s = {5, 13, 21, 29}
s.discard(13); s.add(37); s.add(13)
print(s, s.pop(), s.pop(), s)
t = set(range(30)); t -= set(range(0, 30, 2)); print(t)
t &= {1, 3, 99, 5}; print(t)
t ^= {3, 100}; print(t)
t |= {64, 0}; print(t)`, func() {
		s := S(5, 13, 21, 29)
		cm(s, "discard", 13)
		cm(s, "add", 37)
		cm(s, "add", 13)
		pr(s, cm(s, "pop"), cm(s, "pop"), s)
		t := b("set", b("range", 30))
		t = m(InPlace("-", t, b("set", b("range", 0, 30, 2))))
		pr(t)
		t = m(InPlace("&", t, S(1, 3, 99, 5)))
		pr(t)
		t = m(InPlace("^", t, S(3, 100)))
		pr(t)
		t = m(InPlace("|", t, S(64, 0)))
		pr(t)
	}},
	{"set_from_dict_and_frozen", `d = {k: None for k in [40, 8, 16, 3]}
print(set(d), frozenset([9, 1, 17]), sorted({"b", "a"}), list({7, 15, 23}), [x for x in {100, 1, 50}])`, func() {
		d := D(40, None, 8, None, 16, None, 3, None)
		pr(b("set", d), b("frozenset", L(9, 1, 17)), b("sorted", S("b", "a")), b("list", S(7, 15, 23)), b("list", S(100, 1, 50)))
	}},
	{"set_changed_during_iteration", `s = {1, 2}
for x in s:
    s.add(x + 10)`, func() {
		s := S(1, 2)
		it := m(Iter(s)).(Iterator)
		for {
			x, ok, e := it.Next()
			chk(e)
			if !ok {
				break
			}
			cm(s, "add", m(Add(x, 10)))
		}
	}},
}
