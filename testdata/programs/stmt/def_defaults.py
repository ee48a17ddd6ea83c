# Default arguments are evaluated once at definition time; mutable defaults are shared.
n = 10


def f(a, b=2, c=n * 2):
    return a, b, c


n = 99
print(f(1), f(1, 3), f(1, c=0), f(a=5, b=6))


def append(x, into=[]):
    into.append(x)
    return into


print(append(1), append(2), append(3, []))


def none_default(x, into=None):
    if into is None:
        into = []
    into.append(x)
    return into


print(none_default(1), none_default(2))
