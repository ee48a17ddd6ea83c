# math functions whose results are exact or correctly rounded, and rounded transcendental ones.
import math

print(math.sqrt(2), math.sqrt(144), math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.floor(-2.5), math.ceil(-2.5), math.floor(3), math.trunc(-3.7), math.trunc(3.7))
print(math.gcd(48, 18), math.gcd(0, 5), math.factorial(20), math.isqrt(99), math.comb(10, 3), math.perm(5, 2))
print(math.fabs(-3), math.hypot(3, 4), math.copysign(2, -0.0), math.fmod(7, -3), math.fsum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(math.inf), math.isfinite(1.0))
print(round(math.sin(1), 6), round(math.cos(0.5), 6), round(math.log(10), 6), round(math.exp(2), 6))
print(math.log2(1024), math.log10(1000), math.pow(2, 10), math.degrees(math.pi), math.radians(180))
print(math.prod([1, 2, 3, 4]), math.floor(1e20), math.ceil(10 ** 20 / 3))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
