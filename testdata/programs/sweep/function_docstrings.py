import functools


def f():
    """Doc of f."""


def g():
    pass


class C:
    """Class doc."""

    def m(self):
        """Method doc."""


def deco(fn):
    @functools.wraps(fn)
    def w(*a):
        return fn(*a)
    return w


@deco
def h():
    """Doc of h."""


print(f.__doc__, g.__doc__, C.__doc__, C.m.__doc__, C().m.__doc__, h.__doc__, h.__wrapped__.__doc__)
print(__doc__)


async def fetch():
    """Fetch things."""
    return 1


def gen():
    "Yields."
    yield 1


async def agen():
    yield 2

lam = lambda: 0
print(fetch.__doc__, gen.__doc__, agen.__doc__, lam.__doc__)
print((lambda x: x).__name__, fetch.__name__, C.m.__qualname__)
