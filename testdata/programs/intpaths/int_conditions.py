# Comparisons of int expressions in loops (while conditions, ifs) compare
# Go ints; big ints, floats, bools and other values take the general path.
def count_up(start, stop, step):
    i = start
    n = 0
    while i < stop:
        i += step
        n += 1
    return n, i


def mixed():
    out = []
    for limit in (3, 2.5, True, 2 ** 65, -2 ** 65):
        i = 0
        while i <= limit and i < 5:
            i += 1
        out.append(i)
    return out


def branches(values):
    counts = [0, 0, 0]
    for v in values:
        w = v * 3
        if w > 10:
            counts[0] += 1
        elif w == 9:
            counts[1] += 1
        if v != w - 2 * v:
            counts[2] += 1
    return counts


def unbound():
    k = 0
    while k < 3:
        k += 1
        if k == 2:
            del k
    return "unreachable"


def bad_types():
    j = 0
    while j < None:
        j += 1


print(count_up(0, 10, 3), count_up(2 ** 62, 2 ** 63 + 5, 2 ** 61), count_up(-5, -1, 1))
print(mixed())
print(branches([1, 3, 4, 2 ** 62, -(2 ** 62), 2.5, True]))
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    bad_types()
except TypeError as e:
    print("TypeError:", e)
