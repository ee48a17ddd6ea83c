# Unary minus, plus, invert and not on ints, floats and bools.
x = 5
print(-x, +x, ~x, not x, -(-x), --x, -+-x)
print(-2.5, +2.5, -0.0, -True, ~True, +False, not True)
print(-(2 ** 64), ~(2 ** 64))
print([-v for v in [1, -2, 0]])
