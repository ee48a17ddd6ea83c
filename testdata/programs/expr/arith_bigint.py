# Arbitrary-precision ints: growth past 64 bits, big floor division/modulo, conversions.
x = 2 ** 64
print(x, x - 1, x + 1, -x)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 9223372036854775807)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // 7 ** 10, f % 7 ** 10, -f // 7 ** 10, -f % 7 ** 10)
print(divmod(-(10 ** 30), 7), divmod(10 ** 30, -7))
print(3 ** 100)
print(int("123456789012345678901234567890") + 1)
print(str(10 ** 40)[:5], len(str(10 ** 40)))
print((2 ** 100) // (2 ** 99), (2 ** 100) / (2 ** 98))
print(abs(-(2 ** 70)), -(2 ** 70) < 0, 2 ** 70 > 2 ** 69)
print(sum(i * i for i in range(10 ** 5)))
print(2 ** 63 - 1 == 9223372036854775807, hex(2 ** 72), bin(2 ** 65))
print(1 << 100, (1 << 100) >> 99, -(1 << 70) >> 3)
