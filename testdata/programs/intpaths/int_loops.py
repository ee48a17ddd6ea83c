# Loops over range() whose bodies only update int locals run on Go ints
# and fall back to the general loop, at the statement that needs it, when
# a value stops being a Go int.
def sq(x):
    return x * x


def grows(n):
    total = 1
    for i in range(n):
        total = total * 3 + i
        last = total % 1000
    return total, last, i


def late_overflow():
    a = 2 ** 62
    b = 0
    for i in range(4):
        b = b + i
        a = a + a // 2
        c = a - b
    return a, b, c, i


def first_iteration_fallback(x):
    y = 5
    for i in range(3):
        y = y + x
        z = y * 2
    return y, z, i


def output_unbound_on_fallback():
    for i in range(3):
        w = i * 2 ** 62 * 4
        v = w + 1
    return w, v


def reads_non_int(start):
    acc = start
    for i in range(5):
        acc += sq(i)
    return acc


def divide(k):
    r = 100
    for i in range(-2, 3):
        r = r + k // i
    return r


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


def calls(n):
    t = 0
    for i in range(n):
        t += depth(i)
    return t


def negative_step():
    s = 0
    for i in range(10, -10, -3):
        s = s * 2 - i
    return s, i


def empty():
    q = 7
    for i in range(0):
        q = q + 1
    return q


def after_loop():
    k = 0
    for i in range(3):
        k += i
    else:
        k += 100
    return k


print(grows(5), grows(60))
print(late_overflow())
print(first_iteration_fallback(1), first_iteration_fallback(2 ** 63), first_iteration_fallback(1.5))
print(output_unbound_on_fallback())
print(reads_non_int(0), reads_non_int(0.5), reads_non_int(2 ** 70))
try:
    print(divide(10))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(calls(10))
try:
    print(calls(1200))
except RecursionError as e:
    print("RecursionError:", e)
print(negative_step(), empty(), after_loop())
try:
    reads_non_int("x")
except TypeError as e:
    print("TypeError:", e)
