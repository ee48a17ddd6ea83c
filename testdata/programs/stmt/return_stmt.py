# return without value, with a value, a tuple, and early return from loops.
def nothing():
    return


def implicit():
    x = 1


def pair():
    return 1, "two"


def find(xs, t):
    for i, x in enumerate(xs):
        if x == t:
            return i
    return -1


print(nothing(), implicit(), pair(), find("abc", "c"), find("abc", "z"))
a, b = pair()
print(a, b)
