package py

import "math"

// fv is one f-string replacement field.
func fv(o Object, conv byte, spec string) string { return ms(FormatValue(o, conv, spec)) }

func pct(format string, args Object) Object { return m(Mod(format, args)) }

var formatCases = []tc{
	{"fstring_basic", `x = 3.14159; n = 42; s = "hi"; print(f"{x:.2f} {n:5d} {s!r} {s:>6} {n:#x} {n:08.3f} {x!s}")`, func() {
		x, n, s := 3.14159, 42, "hi"
		pr(fv(x, 0, ".2f") + " " + fv(n, 0, "5d") + " " + fv(s, 'r', "") + " " + fv(s, 0, ">6") + " " + fv(n, 0, "#x") + " " + fv(n, 0, "08.3f") + " " + fv(x, 's', ""))
	}},
	{"fstring_align_fill", `v = "ab"; print(f"[{v:*<6}][{v:*>6}][{v:*^6}][{v:^7}][{-5:=+8}][{5:0=6}]")`, func() {
		v := "ab"
		pr("[" + fv(v, 0, "*<6") + "][" + fv(v, 0, "*>6") + "][" + fv(v, 0, "*^6") + "][" + fv(v, 0, "^7") + "][" + fv(-5, 0, "=+8") + "][" + fv(5, 0, "0=6") + "]")
	}},
	{"fstring_sign_grouping", `print(f"{1234567:,} {1234567:_} {-1234567.891:,.2f} {255:_b} {0xdeadbeef:_x} {5:+} {5: } {-5: }")`, func() {
		pr(fv(1234567, 0, ",") + " " + fv(1234567, 0, "_") + " " + fv(-1234567.891, 0, ",.2f") + " " + fv(255, 0, "_b") + " " + fv(0xdeadbeef, 0, "_x") + " " + fv(5, 0, "+") + " " + fv(5, 0, " ") + " " + fv(-5, 0, " "))
	}},
	{"fstring_types", `n = 255; f = 1234.5678; print(f"{n:b} {n:o} {n:x} {n:X} {n:c} {n:d} {n:n} {f:e} {f:E} {f:f} {f:F} {f:g} {f:G} {f:%} {0.5:.0%} {f:n}")`, func() {
		n, f := 255, 1234.5678
		parts := []string{fv(n, 0, "b"), fv(n, 0, "o"), fv(n, 0, "x"), fv(n, 0, "X"), fv(n, 0, "c"), fv(n, 0, "d"), fv(n, 0, "n"), fv(f, 0, "e"), fv(f, 0, "E"), fv(f, 0, "f"), fv(f, 0, "F"), fv(f, 0, "g"), fv(f, 0, "G"), fv(f, 0, "%"), fv(0.5, 0, ".0%"), fv(f, 0, "n")}
		pr(ms(StrJoin(" ", L(toObjects(parts)...))))
	}},
	{"fstring_alternate", `print(f"{10:#b} {10:#o} {10:#X} {1.0:#g} {1:#.0f} {1e-7:g} {123456789.0:g} {1e16:g} {0.0001:g}")`, func() {
		pr(fv(10, 0, "#b") + " " + fv(10, 0, "#o") + " " + fv(10, 0, "#X") + " " + fv(1.0, 0, "#g") + " " + fv(1, 0, "#.0f") + " " + fv(1e-7, 0, "g") + " " + fv(123456789.0, 0, "g") + " " + fv(1e16, 0, "g") + " " + fv(0.0001, 0, "g"))
	}},
	{"fstring_conversions", `s = "é\n"; print(f"{s!r} {s!a} {[s]!s} {None!r} {3!a}")`, func() {
		s := "é\n"
		pr(fv(s, 'r', "") + " " + fv(s, 'a', "") + " " + fv(L(s), 's', "") + " " + fv(None, 'r', "") + " " + fv(3, 'a', ""))
	}},
	{"fstring_conversion_with_spec", `print(f"{'ab'!r:>8}|{1.5!s:<6}|")`, func() { pr(fv("ab", 'r', ">8") + "|" + fv(1.5, 's', "<6") + "|") }},
	{"fstring_nested_spec", `w, p = 10, 3; print(f"{3.14159:{w}.{p}f}|{'x':{'^'}{w}}|")`, func() {
		w, p := 10, 3
		pr(fv(3.14159, 0, fv(w, 0, "")+"."+fv(p, 0, "")+"f") + "|" + fv("x", 0, "^"+fv(w, 0, "")) + "|")
	}},
	{"fstring_big_int_format", `x = 2**100; print(f"{x:,} {x:x} {x:e} {x:.3f} {-x:_o}")`, func() {
		x := m(Pow(2, 100))
		pr(fv(x, 0, ",") + " " + fv(x, 0, "x") + " " + fv(x, 0, "e") + " " + fv(x, 0, ".3f") + " " + fv(m(Neg(x)), 0, "_o"))
	}},
	{"fstring_special_floats", `inf, nan = float("inf"), float("nan"); print(f"{inf:f} {-inf:.2e} {nan:g} {nan:+F} {inf:>6} {-0.0:f} {-0.0:+.1f}")`, func() {
		inf, nan := math.Inf(1), math.NaN()
		pr(fv(inf, 0, "f") + " " + fv(-inf, 0, ".2e") + " " + fv(nan, 0, "g") + " " + fv(nan, 0, "+F") + " " + fv(inf, 0, ">6") + " " + fv(math.Copysign(0, -1), 0, "f") + " " + fv(math.Copysign(0, -1), 0, "+.1f"))
	}},
	{"fstring_str_precision", `print(f"{'abcdef':.3}|{'abcdef':5.2}|{'é':3}|")`, func() {
		pr(fv("abcdef", 0, ".3") + "|" + fv("abcdef", 0, "5.2") + "|" + fv("é", 0, "3") + "|")
	}},
	{"fstring_bool_int_float_defaults", `print(f"{True} {True:d} {True:>5} {False:.1f} {1.0} {10**16:.0f} {1e16}")`, func() {
		pr(fv(true, 0, "") + " " + fv(true, 0, "d") + " " + fv(true, 0, ">5") + " " + fv(false, 0, ".1f") + " " + fv(1.0, 0, "") + " " + fv(m(Pow(10, 16)), 0, ".0f") + " " + fv(1e16, 0, ""))
	}},
	{"fstring_containers_default", `d = {"a": [1, 2.5]}; print(f"{d} {(1,)} {None}")`, func() {
		d := D("a", L(1, 2.5))
		pr(fv(d, 0, "") + " " + fv(T(1), 0, "") + " " + fv(None, 0, ""))
	}},
	{"format_spec_error_str_d", `f"{'a':d}"`, func() { fv("a", 0, "d") }},
	{"format_spec_error_int_s", `f"{1:s}"`, func() { fv(1, 0, "s") }},
	{"format_spec_error_comma_s", `f"{'a':,}"`, func() { fv("a", 0, ",") }},
	{"format_spec_error_precision_int", `f"{1:.2d}"`, func() { fv(1, 0, ".2d") }},
	{"format_list_spec_error", `f"{[1]:>5}"`, func() { fv(L(1), 0, ">5") }},
	{"percent_basic", `print("%d %s %r %5.2f %-5d| %05d %x %X %o %e %g %%" % (42, "s", "r", 3.14159, 7, -42, 255, 255, 8, 12345.678, 0.00001234))`, func() {
		pr(pct("%d %s %r %5.2f %-5d| %05d %x %X %o %e %g %%", T(42, "s", "r", 3.14159, 7, -42, 255, 255, 8, 12345.678, 0.00001234)))
	}},
	{"percent_flags", `print("%+d % d %#x %#o %+.3e %10.4s| %-10s| %c %c %i %u %.0f %#.0f" % (5, 5, 255, 8, 1234.5, "abcdefg", "left", 65, "z", 3.9, 7.0, 2.5, 2.5))`, func() {
		pr(pct("%+d % d %#x %#o %+.3e %10.4s| %-10s| %c %c %i %u %.0f %#.0f", T(5, 5, 255, 8, 1234.5, "abcdefg", "left", 65, "z", 3.9, 7.0, 2.5, 2.5)))
	}},
	{"percent_single_and_mapping", `print("%s" % "one", "%s" % [1, 2], "%(a)s-%(b)05.1f" % {"a": "x", "b": 2.25}, "%s" % (None,), "%d%%" % 50, "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))`, func() {
		pr(pct("%s", "one"), pct("%s", L(1, 2)), pct("%(a)s-%(b)05.1f", D("a", "x", "b", 2.25)), pct("%s", T(None)), pct("%d%%", 50), pct("%*d|%-*d|%.*f", T(5, 1, 4, 2, 2, 3.14159)))
	}},
	{"percent_big_and_neg", `print("%d %x %o %.3d %5.3d" % (2**70, -255, -8, 7, -7))`, func() {
		pr(pct("%d %x %o %.3d %5.3d", T(m(Pow(2, 70)), -255, -8, 7, -7)))
	}},
	{"percent_not_enough", `"%s %s" % (1,)`, func() { pct("%s %s", T(1)) }},
	{"percent_too_many", `"%s" % (1, 2)`, func() { pct("%s", T(1, 2)) }},
	{"percent_d_str_error", `"%d" % "a"`, func() { pct("%d", "a") }},
	{"percent_x_float_error", `"%x" % 1.5`, func() { pct("%x", 1.5) }},
	{"percent_tuple_arg_repr", `print("%r %s" % ((1, 2), {"k": (3,)}))`, func() { pr(pct("%r %s", T(T(1, 2), D("k", T(3))))) }},
	{"str_format_spec_variety", `print("{:>8.3f}|{:<+6d}|{:^10,}|{:#06x}|{!r:^9}".format(2.5, 3, 1234567, 255, "q"))`, func() {
		pr(cm("{:>8.3f}|{:<+6d}|{:^10,}|{:#06x}|{!r:^9}", "format", 2.5, 3, 1234567, 255, "q"))
	}},
	{"repr_float_in_containers", `print([0.1, 1e100, -1.5e-10, 2.0], (1e16,), {0.5: 1e-5})`, func() {
		pr(L(0.1, 1e100, -1.5e-10, 2.0), T(1e16), D(0.5, 1e-5))
	}},
}

func toObjects(ss []string) []Object {
	out := make([]Object, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
