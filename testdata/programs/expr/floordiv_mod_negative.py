# Floor division and modulo round toward negative infinity, for ints and floats.
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b))
print(-1 // 3, -1 % 3, 1 // -3, 1 % -3)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(-0.0 % 5, 5 % -3.0, divmod(-7.5, 2))
print(-(10 ** 20) // 3, -(10 ** 20) % 3)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
