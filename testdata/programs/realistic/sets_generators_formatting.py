# set and dict ordering, generator send/return, async generator aclose, nested format specs, %-formatting, sorting keys
import asyncio
s = {5, 3, 100, 1, 64, 33, -1, 7}
print(s, {x % 10 for x in range(30)}, set("ab") == {"a", "b"}, frozenset({3, 1, 2}))
d = {i: i * i for i in range(5)}
del d[2]
d[2] = 4
print(d, list(d.keys()), max(d, key=d.get))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1

def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

g = acc(); next(g)
print(list(Countdown(4)), [g.send(i) for i in (1, 2, 3)])
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

async def agen():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("agen cleanup")

async def main():
    a = agen()
    print([x async for x in a if x < 3][:2] if False else await a.__anext__(), await a.__anext__())
    await a.aclose()
    width, prec = 10, 3
    print(f"[{3.14159:{width}.{prec}f}] [{'hi':>{width}}] [{12345:,}] {{literal}}")
    print("%-5s|%5.1f|%03d|%x|%r" % ("ab", 2.345, 7, 255, "q"))
    print("{0}-{1}-{0}".format("a", "b"), "{name!r:>8}".format(name="x"))
    pairs = sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")], key=lambda p: (-p[0], p[1]))
    print(pairs, sorted("Banana", key=str.lower), "".join(reversed("abc")))
    print(1_000_000 * 3, 7 / 2, 7 // 2, 2 ** 100, -2 ** 2, round(-0.5), int(-3.9), abs(-2.5), 0.1 + 0.2)

asyncio.run(main())
