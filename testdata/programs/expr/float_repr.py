# float printing uses the shortest repr that round-trips; special values; int/float mixing.
vals = [0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0, 1e-4, 1e-5, 0.5, -0.0,
        1.0, 100.0, 3.14159, 2.5e-10, 1e22, 1e23, 12345678901234567.0, 0.1 * 3]
for v in vals:
    print(v, repr(v), str(v))
inf = float("inf")
print(inf, -inf, float("nan"), inf > 10 ** 300, inf == inf)
print(float("1.5"), float(" -2 "), float(7), float("1e3"))
print(0.1 + 0.7, 4.35 * 100, 1.1 * 1.1)
print(int(1e10), int(-2.9), int(2.9), 2.0 == 2, 0.1 + 0.2 == 0.3)
print(float(2 ** 60), 2 ** 0.5, 10 ** -2, 9 ** 0.5)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5))
print(3.0.is_integer(), (2.5).is_integer())
