package py

import "math"

var numberCases = []tc{
	{"int_add_small", `print(1 + 2, -5 + 3, 0 + 0)`, func() { pr(m(Add(1, 2)), m(Add(-5, 3)), m(Add(0, 0))) }},
	{"int_pow_2_100", `print(2**100)`, func() { pr(m(Pow(2, 100))) }},
	{"int_add_overflow", `print(9223372036854775807 + 1)`, func() { pr(m(Add(math.MaxInt, 1))) }},
	{"int_sub_overflow", `print(-9223372036854775808 - 1)`, func() { pr(m(Sub(math.MinInt, 1))) }},
	{"int_mul_overflow", `print(3037000500 * 3037000500)`, func() { pr(m(Mul(3037000500, 3037000500))) }},
	{"int_mul_neg_overflow", `print(-4611686018427387904 * 2, -4611686018427387904 * 3)`, func() {
		pr(m(Mul(-4611686018427387904, 2)), m(Mul(-4611686018427387904, 3)))
	}},
	{"int_big_back_to_small", `x = 2**64; print(x - 2**64 + 5, type(x - x))`, func() {
		x := m(Pow(2, 64))
		pr(m(Add(m(Sub(x, m(Pow(2, 64)))), 5)), TypeOf(m(Sub(x, x))))
	}},
	{"int_sum_squares", `print(sum(i * i for i in range(10 ** 7)) == 333333283333335000000)`, func() {
		acc := Object(0)
		for i := 0; i < 10_000_000; i++ {
			sq, ok := MulInt(i, i)
			if !ok {
				panic("overflow")
			}
			if a, ok := acc.(int); ok {
				if s, ok := AddInt(a, sq); ok {
					acc = s
					continue
				}
			}
			acc = m(Add(acc, sq))
		}
		pr(mb(Eq(acc, bi("333333283333335000000"))))
	}},
	{"int_floordiv_signs", `print(7 // 2, -7 // 2, 7 // -2, -7 // -2)`, func() {
		pr(m(FloorDiv(7, 2)), m(FloorDiv(-7, 2)), m(FloorDiv(7, -2)), m(FloorDiv(-7, -2)))
	}},
	{"int_mod_signs", `print(7 % 3, -7 % 3, 7 % -3, -7 % -3)`, func() {
		pr(m(Mod(7, 3)), m(Mod(-7, 3)), m(Mod(7, -3)), m(Mod(-7, -3)))
	}},
	{"int_divmod", `print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(2**70, -3))`, func() {
		pr(b("divmod", 7, 2), b("divmod", -7, 2), b("divmod", 7, -2), b("divmod", m(Pow(2, 70)), -3))
	}},
	{"int_big_floordiv_mod", `x = -10**30; print(x // 7, x % 7, x // -7, x % -7)`, func() {
		x := m(Neg(m(Pow(10, 30))))
		pr(m(FloorDiv(x, 7)), m(Mod(x, 7)), m(FloorDiv(x, -7)), m(Mod(x, -7)))
	}},
	{"int_floordiv_zero", `print(1 // 0)`, func() { pr(m(FloorDiv(1, 0))) }},
	{"int_mod_zero", `print(5 % 0)`, func() { pr(m(Mod(5, 0))) }},
	{"int_truediv_zero", `print(1 / 0)`, func() { pr(m(TrueDiv(1, 0))) }},
	{"int_divmod_zero", `print(divmod(1, 0))`, func() { pr(b("divmod", 1, 0)) }},
	{"int_truediv", `print(7 / 2, 1 / 3, 10 / 5, -1 / 3)`, func() {
		pr(m(TrueDiv(7, 2)), m(TrueDiv(1, 3)), m(TrueDiv(10, 5)), m(TrueDiv(-1, 3)))
	}},
	{"int_truediv_big", `print(10**30 / 7, (2**80 + 1) / 2**80)`, func() {
		pr(m(TrueDiv(m(Pow(10, 30)), 7)), m(TrueDiv(m(Add(m(Pow(2, 80)), 1)), m(Pow(2, 80)))))
	}},
	{"int_truediv_overflow", `print(10**400 / 1)`, func() { pr(m(TrueDiv(m(Pow(10, 400)), 1))) }},
	{"int_pow_negative", `print(2 ** -2, (-2) ** 3, 0 ** 0, (-1) ** 1001)`, func() {
		pr(m(Pow(2, -2)), m(Pow(-2, 3)), m(Pow(0, 0)), m(Pow(-1, 1001)))
	}},
	{"int_pow_zero_negative", `print(0 ** -1)`, func() { pr(m(Pow(0, -1))) }},
	{"int_pow_mod", `print(pow(3, 200, 1000), pow(2, -1, 7), pow(-3, 3, 5), pow(5, 3, -7))`, func() {
		pr(b("pow", 3, 200, 1000), b("pow", 2, -1, 7), b("pow", -3, 3, 5), b("pow", 5, 3, -7))
	}},
	{"int_pow_mod_zero", `print(pow(2, 3, 0))`, func() { pr(b("pow", 2, 3, 0)) }},
	{"int_pow_mod_float", `print(pow(2.0, 3, 5))`, func() { pr(b("pow", 2.0, 3, 5)) }},
	{"int_bitops", `print(12 & 10, 12 | 10, 12 ^ 10, ~12, -12 & 0xff, 1 << 70, -(1 << 70) >> 3)`, func() {
		pr(m(And(12, 10)), m(Or(12, 10)), m(Xor(12, 10)), m(Invert(12)), m(And(-12, 0xff)), m(LShift(1, 70)), m(RShift(m(Neg(m(LShift(1, 70)))), 3)))
	}},
	{"int_shift_edge", `print(1 << 63, -1 >> 100, 5 >> 64, (1 << 100) >> 99)`, func() {
		pr(m(LShift(1, 63)), m(RShift(-1, 100)), m(RShift(5, 64)), m(RShift(m(LShift(1, 100)), 99)))
	}},
	{"int_negative_shift", `print(1 << -1)`, func() { pr(m(LShift(1, -1))) }},
	{"int_big_bitops", `x = 2**100 + 5; print(x & 7, x | 2, x ^ x, ~x)`, func() {
		x := m(Add(m(Pow(2, 100)), 5))
		pr(m(And(x, 7)), m(Or(x, 2)), m(Xor(x, x)), m(Invert(x)))
	}},
	{"int_from_str_bases", `print(int("ff", 16), int("0x1F", 16), int("0b101", 0), int("  -42  "), int("1_000"), int("z", 36), int("0o17", 0))`, func() {
		pr(b("int", "ff", 16), b("int", "0x1F", 16), b("int", "0b101", 0), b("int", "  -42  "), b("int", "1_000"), b("int", "z", 36), b("int", "0o17", 0))
	}},
	{"int_from_str_big", `print(int("123456789012345678901234567890"), int("-" + "9" * 25))`, func() {
		pr(b("int", "123456789012345678901234567890"), b("int", "-9999999999999999999999999"))
	}},
	{"int_from_str_bad", `print(int("12x"))`, func() { pr(b("int", "12x")) }},
	{"int_from_str_bad_base", `print(int("12", 50))`, func() { pr(b("int", "12", 50)) }},
	{"int_from_str_bad_underscore", `print(int("1__0"))`, func() { pr(b("int", "1__0")) }},
	{"int_from_str_base_mismatch", `print(int("0x10", 8))`, func() { pr(b("int", "0x10", 8)) }},
	{"int_from_float", `print(int(3.99), int(-3.99), int(1e20), int(True))`, func() {
		pr(b("int", 3.99), b("int", -3.99), b("int", 1e20), b("int", true))
	}},
	{"int_from_inf", `print(int(float("inf")))`, func() { pr(b("int", math.Inf(1))) }},
	{"int_from_nan", `print(int(float("nan")))`, func() { pr(b("int", math.NaN())) }},
	{"int_str_huge", `print(str(7 ** 500))`, func() { pr(b("str", m(Pow(7, 500)))) }},
	{"int_str_too_many_digits", `print(str(10 ** 5000))`, func() { pr(b("str", m(Pow(10, 5000)))) }},
	{"int_hex_oct_bin", `print(hex(255), hex(-255), oct(8), bin(5), bin(-5), hex(2**70))`, func() {
		pr(b("hex", 255), b("hex", -255), b("oct", 8), b("bin", 5), b("bin", -5), b("hex", m(Pow(2, 70))))
	}},
	{"int_hex_float", `print(hex(1.5))`, func() { pr(b("hex", 1.5)) }},
	{"int_abs_neg", `print(abs(-5), abs(-2**70), -(-9223372036854775808), abs(-0.0), abs(True))`, func() {
		pr(b("abs", -5), b("abs", m(Neg(m(Pow(2, 70))))), m(Neg(math.MinInt)), b("abs", math.Copysign(0, -1)), b("abs", true))
	}},
	{"int_bit_length", `print((255).bit_length(), (-2**70).bit_length(), (0).bit_length())`, func() {
		pr(cm(255, "bit_length"), cm(m(Neg(m(Pow(2, 70)))), "bit_length"), cm(0, "bit_length"))
	}},
	{"bool_arith", `print(True + True, True * 3, -True, True / 2, True & False, True | False, True ^ True, ~True)`, func() {
		pr(m(Add(true, true)), m(Mul(true, 3)), m(Neg(true)), m(TrueDiv(true, 2)), m(And(true, false)), m(Or(true, false)), m(Xor(true, true)), m(Invert(true)))
	}},
	{"float_repr_basic", `print(0.1 + 0.2, 1e16, 1e-05, 1.0, -0.0, 1e22, 123456789.123, 1/3)`, func() {
		pr(m(Add(0.1, 0.2)), 1e16, 1e-05, 1.0, math.Copysign(0, -1), 1e22, 123456789.123, m(TrueDiv(1, 3)))
	}},
	{"float_repr_special", `print(float("inf"), float("-inf"), float("nan"), repr(1e300 * 1e10))`, func() {
		pr(math.Inf(1), math.Inf(-1), math.NaN(), b("repr", m(Mul(1e300, 1e10))))
	}},
	{"float_repr_edges", `print(1e15, 9999999999999998.0, 0.0001, 0.00001234, 5e-324, 1.7976931348623157e308)`, func() {
		pr(1e15, 9999999999999998.0, 0.0001, 0.00001234, 5e-324, 1.7976931348623157e308)
	}},
	{"float_div_zero", `print(1.0 / 0)`, func() { pr(m(TrueDiv(1.0, 0))) }},
	{"float_floordiv_zero", `print(1.0 // 0.0)`, func() { pr(m(FloorDiv(1.0, 0.0))) }},
	{"float_mod_zero", `print(1.0 % 0)`, func() { pr(m(Mod(1.0, 0))) }},
	{"float_divmod_zero", `print(divmod(1.5, 0))`, func() { pr(b("divmod", 1.5, 0)) }},
	{"float_floordiv_mod", `print(7.5 // 2, -7.5 // 2, 7.5 % -2, -7.5 % 2, divmod(-7.5, 2), 5 % -0.0 if False else 0)`, func() {
		pr(m(FloorDiv(7.5, 2)), m(FloorDiv(-7.5, 2)), m(Mod(7.5, -2)), m(Mod(-7.5, 2)), b("divmod", -7.5, 2), 0)
	}},
	{"float_pow", `print(2.0 ** 0.5, 2 ** 0.5, 10.0 ** -2, (-8.0) ** 2)`, func() {
		pr(m(Pow(2.0, 0.5)), m(Pow(2, 0.5)), m(Pow(10.0, -2)), m(Pow(-8.0, 2)))
	}},
	{"float_pow_overflow", `print(2.0 ** 10000)`, func() { pr(m(Pow(2.0, 10000))) }},
	{"float_mixed_int", `print(1 + 2.5, 3 * 0.1, 2**60 + 0.5, 10 - 0.25)`, func() {
		pr(m(Add(1, 2.5)), m(Mul(3, 0.1)), m(Add(m(Pow(2, 60)), 0.5)), m(Sub(10, 0.25)))
	}},
	{"float_big_int_overflow", `print(10**400 + 0.5)`, func() { pr(m(Add(m(Pow(10, 400)), 0.5))) }},
	{"float_from_str", `print(float("1.5"), float(" -2e3 "), float("inf"), float("-Infinity"), float("1_000.5"), float(".5"), float("5."))`, func() {
		pr(b("float", "1.5"), b("float", " -2e3 "), b("float", "inf"), b("float", "-Infinity"), b("float", "1_000.5"), b("float", ".5"), b("float", "5."))
	}},
	{"float_from_str_bad", `print(float("abc"))`, func() { pr(b("float", "abc")) }},
	{"float_is_integer", `print((2.0).is_integer(), (2.5).is_integer(), float(7), float(True))`, func() {
		pr(cm(2.0, "is_integer"), cm(2.5, "is_integer"), b("float", 7), b("float", true))
	}},
	{"round_bankers", `print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675, 2), round(1.005, 2))`, func() {
		pr(b("round", 0.5), b("round", 1.5), b("round", 2.5), b("round", -0.5), b("round", -1.5), b("round", 2.675, 2), b("round", 1.005, 2))
	}},
	{"round_ndigits", `print(round(123.456, -1), round(123.456, 1), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2))`, func() {
		pr(b("round", 123.456, -1), b("round", 123.456, 1), b("round", 1234, -2), b("round", 1250, -2), b("round", 1350, -2), b("round", -1250, -2), b("round", 5, 2))
	}},
	{"round_inf", `print(round(float("inf")))`, func() { pr(b("round", math.Inf(1))) }},
	{"round_types", `print(type(round(2.5)), type(round(2.5, 0)), round(2.5, 0), round(-0.4))`, func() {
		pr(TypeOf(b("round", 2.5)), TypeOf(b("round", 2.5, 0)), b("round", 2.5, 0), b("round", -0.4))
	}},
	{"compare_numbers", `print(1 == 1.0, 2**64 == 2.0**64, 1 < 1.5, 2**70 > 1e20, float("nan") == float("nan"), 3 != 3.0, True == 1)`, func() {
		pr(mb(Eq(1, 1.0)), mb(Eq(m(Pow(2, 64)), m(Pow(2.0, 64)))), mb(Lt(1, 1.5)), mb(Gt(m(Pow(2, 70)), 1e20)), mb(Eq(math.NaN(), math.NaN())), mb(Ne(3, 3.0)), mb(Eq(true, 1)))
	}},
	{"compare_big_float_exact", `print(2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), -2**80 < -1e24)`, func() {
		x := m(Add(m(Pow(2, 53)), 1))
		pr(mb(Eq(x, b("float", x))), mb(Gt(x, b("float", m(Pow(2, 53))))), mb(Lt(m(Neg(m(Pow(2, 80)))), -1e24)))
	}},
	{"int_hash_values", `print(hash(1), hash(-1), hash(2**61 - 1), hash(2**61), hash(-2**64), hash(1.0), hash(1.5), hash(-2.5), hash(True))`, func() {
		pr(b("hash", 1), b("hash", -1), b("hash", m(Sub(m(Pow(2, 61)), 1))), b("hash", m(Pow(2, 61))), b("hash", m(Neg(m(Pow(2, 64))))), b("hash", 1.0), b("hash", 1.5), b("hash", -2.5), b("hash", true))
	}},
	{"tuple_hash_values", `print(hash((1, 2)), hash(()), hash((1, (2, 3.5))))`, func() {
		pr(b("hash", T(1, 2)), b("hash", T()), b("hash", T(1, T(2, 3.5))))
	}},
	{"unary_errors", `print(-"a")`, func() { pr(m(Neg("a"))) }},
	{"invert_float", `print(~1.5)`, func() { pr(m(Invert(1.5))) }},
	{"abs_str", `print(abs("a"))`, func() { pr(b("abs", "a")) }},
	{"add_int_str", `print(1 + "a")`, func() { pr(m(Add(1, "a"))) }},
	{"inplace_ops", `x = 5; x += 3; x *= 2; x //= 3; x **= 2; x -= 1; x %= 7; x <<= 2; x |= 1; print(x)`, func() {
		x := Object(5)
		for _, st := range []struct {
			op string
			v  Object
		}{{"+", 3}, {"*", 2}, {"//", 3}, {"**", 2}, {"-", 1}, {"%", 7}, {"<<", 2}, {"|", 1}} {
			x = m(InPlace(st.op, x, st.v))
		}
		pr(x)
	}},
}
