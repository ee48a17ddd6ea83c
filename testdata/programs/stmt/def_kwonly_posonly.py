# Keyword-only (after *) and positional-only (before /) parameters.
def kw(a, *, b, c=3):
    return a + b + c


print(kw(1, b=2), kw(1, c=10, b=2))


def pos(a, b, /, c):
    return [a, b, c]


print(pos(1, 2, 3), pos(1, 2, c=3))


def mixed(a, /, b, *args, c, d=4, **rest):
    return a, b, args, c, d, rest


print(mixed(1, 2, c=3))
print(mixed(1, b=2, c=3, e=5))
print(mixed(1, 2, 3, 4, c=5, d=6))


def star_only(*, name="anon"):
    return "hi " + name


print(star_only(), star_only(name="bo"))
