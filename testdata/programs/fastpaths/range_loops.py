# for x in range(...) loops over a Go counter in compiled code when the
# arguments are ints; every other case (bools, __index__, bad arguments)
# and every way out of the loop must behave as CPython's. (Bounds beyond
# 64 bits are a documented limit of compiled range objects.)
import asyncio
import sys


class Three:
    def __index__(self):
        return 3


def collect(*args):
    out = []
    for x in range(*args):
        out.append(x)
    return out


def collect3(a, b, c):
    # Three plain arguments: the counter loop itself.
    out = []
    for x in range(a, b, c):
        out.append(x)
    return out


def show(label, make):
    try:
        print(label, make())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


big = sys.maxsize
cases = [
    ("stop", lambda: [x for x in range(5)]),
    ("empty", lambda: collect(0)),
    ("negative stop", lambda: collect(-3)),
    ("start stop", lambda: collect(2, 7)),
    ("step", lambda: collect(1, 10, 3)),
    ("negative step", lambda: collect(10, 1, -3)),
    ("wrong way", lambda: collect(1, 10, -1)),
    ("top of int", lambda: collect(big - 2, big)),
    ("top step", lambda: collect(big - 5, big, 2)),
    ("bottom of int", lambda: collect(-big - 1, -big + 2)),
    ("down past bottom", lambda: collect(-big + 1, -big - 1, -1)),
    ("huge step", lambda: collect(0, big, big)),
    ("huge negative step", lambda: collect(0, -big - 1, -big - 1)),
    ("len at the ends", lambda: [len(range(-big - 1, -big + 9, 3)), len(range(0, big, big)), len(range(big, -big, -big))]),
    ("bools", lambda: collect(True, 4)),
    ("index", lambda: collect(Three())),
    ("zero step", lambda: collect(1, 5, 0)),
    ("float", lambda: collect(2.5)),
    ("str", lambda: collect("3")),
    ("3: top step", lambda: collect3(big - 5, big, 2)),
    ("3: down past bottom", lambda: collect3(-big + 1, -big - 1, -1)),
    ("3: huge step", lambda: collect3(0, big, big)),
    ("3: huge negative step", lambda: collect3(big, -big - 1, -big - 1)),
    ("3: bools", lambda: collect3(False, True, True)),
    ("3: index", lambda: collect3(0, Three(), 1)),
    ("3: zero step", lambda: collect3(1, 5, 0)),
    ("3: float", lambda: collect3(0, 1.0, 1)),
]
for label, make in cases:
    show(label, make)


def loops():
    for i in range(3):
        for j in range(10):
            if j == 2:
                break
            if j == 0:
                continue
            print("pair", i, j)
        else:
            print("not reached")
    for k in range(0):
        print("not reached", k)
    else:
        print("empty else")
    n = 3
    for i in range(n):
        n = 10  # the range was made from the old n
        print("i", i)
    total = 0
    for i in range(1, 2001):
        total += i
    print("total", total, i)


loops()


def range_is_local():
    range = lambda n: ["shadowed", n]
    for x in range(2):
        print(x)


range_is_local()
print([x * y for x in range(3) for y in range(x, 4, 2) if x != y])
print({x % 3 for x in range(10)}, {k: k * k for k in range(-2, 3)})
print(list(x + y for x in [10, 20] for y in range(3)), sum(i for i in range(5)))


async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name


async def main():
    print(await asyncio.gather(ticker("a", 3), ticker("b", 2)))
    for i in range(2):
        try:
            for j in range(3):
                if j == 1:
                    raise ValueError(i)
        except ValueError as e:
            print("caught", e, j)


asyncio.run(main())
for x in range(3, 0, -1):
    print(x, end=" ")
print()
for x in range(1, "a"):
    pass
