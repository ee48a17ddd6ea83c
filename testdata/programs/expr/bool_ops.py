# and/or return one of their operands and short-circuit; not always returns a bool.
calls = []


def t(x):
    calls.append(x)
    return x


print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", [] and "x", None or 0)
print(t(0) and t(1), calls)
calls.clear()
print(t(1) or t(2), calls)
calls.clear()
print(t(1) and t(0) or t(3), calls)
calls.clear()
print(t("") or t(None) or t([]), calls)
print(not 0, not 1, not "", not [0], not None)
print(True and "yes" or "no", False and "yes" or "no")
x = 7
print(x > 5 and x < 10, x < 5 or x > 6, not (x == 7))
