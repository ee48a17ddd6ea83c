# *args and **kwargs collect extra positional and keyword arguments.
def f(a, *args, **kwargs):
    print(a, args, kwargs)


f(1)
f(1, 2, 3)
f(1, x=1, y=2)
f(1, 2, z=3)


def g(*args):
    return sum(args)


print(g(), g(1, 2, 3))


def h(**kw):
    return sorted(kw.items())


print(h(b=2, a=1))


def forward(*a, **k):
    f(*a, **k)


forward("fwd", 9, key="v")
