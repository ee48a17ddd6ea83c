# functools: partial, reduce, wraps, lru_cache, cache, total_ordering, cmp_to_key, cached_property
from functools import partial, reduce, wraps, lru_cache, cache, total_ordering, cmp_to_key, cached_property
import functools


def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = partial(power, exp=2)
print(square(7), square(3, mod=5))
p = partial(power, 2)
pp = partial(p, 10, mod=1000)
print(pp(), pp.func is power, pp.args, pp.keywords)
print(repr(partial(max, 1, 2, key=abs)).startswith("functools.partial(<built-in function max>, 1, 2, key="))

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], "init"))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__qualname__, add.__wrapped__(1, 1))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache
def slow_sq(x):
    print("computing", x)
    return x * x


print(slow_sq(3), slow_sq(3), slow_sq(4), slow_sq.cache_info())


@lru_cache(maxsize=2)
def ident(x, y=0):
    print("miss", x, y)
    return x + y


for args in [(1,), (2,), (1,), (3,), (2,)]:
    ident(*args)
ident(1, y=2)
ident(1, y=2)
print(ident.cache_info())
h, m, mx, cur = ident.cache_info()
print(h, m, mx, cur, ident.cache_info().hits)


@cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)


print(count_paths(10, 10), count_paths.cache_info())


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a >= Version(1, 2), sorted([b, a, Version(0, 9)]))


def by_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(max(words, key=cmp_to_key(by_len_then_alpha)))


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area)
