# Integer arithmetic: + - * / // % ** with positive and negative operands, precedence.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a + b, -a - -b, -a * b, -a / b)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(10 / 4, 10 / 5, 1 / 3, 7 / -2)
print(2 ** -1, 2 ** 0, 0 ** 0, (-8) ** 2)
print(1 + 2 - 3 + 4 - 5, 100 // 7 // 2, 2 * 3 % 4)
print(True + True, True * 10, False - 1)
print(1 + 2.0, 3 * 0.5, 7 // 2.0, 7 % 2.5)
