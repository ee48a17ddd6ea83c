import asyncio
import bisect
import functools
import itertools
import operator


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.cache
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return ways(n - k, k) + ways(n, k - 1)


def timed(label):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            print(f"[{label}] calling {fn.__name__}{args}")
            result = await fn(*args, **kwargs)
            print(f"[{label}] {fn.__name__} -> {result}")
            return result
        return wrapper
    return deco


@timed("math")
async def add(a, b=10):
    """Add two numbers."""
    await asyncio.sleep(0)
    return a + b


async def main():
    print(fib(80), ways(10, 10), fib.cache_info().hits > 0)
    await add(1, 2)
    await add(5)
    print(add.__name__, add.__doc__)
    print(list(itertools.chain([1, 2], (3,), "ab")), list(itertools.islice(itertools.count(5, 3), 4)))
    print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
    print([(k, list(g)) for k, g in itertools.groupby("aaabccdd")])
    print(list(itertools.combinations("abc", 2)), list(itertools.permutations([1, 2, 3], 2))[:4])
    print(list(itertools.product("ab", repeat=2)), list(itertools.zip_longest([1, 2, 3], "ab", fillvalue="-")))
    print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
    print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.repeat("x", 3)), list(itertools.pairwise("abcd")))
    print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.filterfalse(None, [0, 1, "", "a"])))
    cyc = itertools.cycle("xy")
    print([next(cyc) for _ in range(5)], list(itertools.batched(range(5), 2)) if hasattr(itertools, "batched") else "nobatch")
    print(functools.reduce(operator.add, range(10)), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4], 1))
    p = functools.partial(int, base=2)
    print(p("1010"), sorted(["b", "A", "c"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]))
    data = sorted([5, 1, 9, 3, 7])
    print(bisect.bisect_left(data, 5), bisect.bisect_right(data, 5), bisect.bisect(data, 4))
    bisect.insort(data, 4)
    print(data, operator.itemgetter(1, 3)(data), operator.attrgetter("real")(3))
    grades = "FDCBA"
    print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 99, 77, 70, 89, 90)])

    @functools.total_ordering
    class V:
        def __init__(self, v):
            self.v = v

        def __eq__(self, o):
            return self.v == o.v

        def __lt__(self, o):
            return self.v < o.v

    print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))


asyncio.run(main())
