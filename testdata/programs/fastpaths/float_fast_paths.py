# + and - and comparisons of two floats take a fast path in compiled code:
# IEEE results (inf, nan, signed zeros) and mixed int/float operands (the
# general path) must print as CPython's.
nan = float("nan")
inf = float("inf")
big = 1e308
print(big + big, -big - big, inf - inf, inf + 1.5, 0.1 + 0.2, 0.3 - 0.1)
print(-0.0 + 0.0, -0.0 - 0.0, 0.0 - 0.0, -0.0 + -0.0, 5e-324 - 5e-324, 5e-324 + 5e-324)
print(nan == nan, nan != nan, nan < 1.0, nan >= nan, inf > big, -inf < -big)
print(-0.0 == 0.0, 1.5 <= 1.5, 2.5 > 2.25, 1.0 == 1, 2 < 2.5, 2.5 > 2, 10**20 == 1e20)
print(True + 1.5, 1.5 - True, 3 - 0.5, 0.5 + 3, 2**63 + 0.5, 1 + 2.0 == 3)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, x < 1.0)
y = 1e16
y += 1.0
y -= 1e16
print(y)
acc = 0
for v in [1, 2.5, 3, -0.5]:
    acc += v
print(acc, type(acc).__name__)
print(sorted([3.5, 1, 2.25, -inf, 0.0, -0.0], key=lambda v: -v))
