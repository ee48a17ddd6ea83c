# abs, round (banker's rounding), divmod, pow with modulus, int/float conversions, hex/oct/bin.
print(abs(-5), abs(3.5), abs(-0.0), abs(True))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(1250, -2), round(7.0))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5))
print(pow(2, 10), pow(2, 100, 1000), pow(3, -1, 7), pow(2.0, 3), pow(-8, 2))
print(int("42"), int("-0x1f", 16), int("ff", 16), int("777", 8), int("1010", 2), int(" 12 "), int("1_000"))
print(hex(255), oct(8), bin(10), hex(-1), int(True))
print(float("0.1"), str(1.0), int(7.999), int(-7.999))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
