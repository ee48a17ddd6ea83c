import math

print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.dist((1.5,), (-2.5,)))
print(math.modf(3.75), math.modf(-2.5), math.frexp(12.0), math.frexp(0.0), math.ldexp(0.75, 4))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.asinh(0), math.acosh(1), math.atanh(0), math.log1p(0), math.expm1(0))
print(math.exp2(10), math.erf(0), math.erfc(0), math.gamma(5), math.lgamma(1), math.gamma(0.5) ** 2)
print(math.ulp(1.0), math.nextafter(1.0, 2.0), math.remainder(10, 3), math.remainder(11, 2))
for f, x in [(math.acosh, 0.5), (math.atanh, 1), (math.log1p, -1), (math.gamma, 0), (math.gamma, -2)]:
    try:
        f(x)
    except ValueError as e:
        print(f.__name__, "ValueError", e)
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print(e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
try:
    2.0 ** 5000
except OverflowError as e:
    print("OverflowError", e)
print(math.hypot(3, 4, 12), math.pow(2, 0.5), math.sin(math.pi / 6), math.cos(math.pi / 3), math.sin(-0.0))
