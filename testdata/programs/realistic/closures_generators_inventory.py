# closures with nonlocal, generators, an async generator, a container class, string and f-string formatting, an uncaught error
import asyncio
import time


def make_counter(start=0):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


async def ticker(n, delay):
    for i in range(n):
        yield i, round(i * delay, 3)
        await asyncio.sleep(delay)


class Inventory:
    def __init__(self, items):
        self._items = dict(items)

    def __len__(self):
        return len(self._items)

    def __getitem__(self, key):
        return self._items[key]

    def __contains__(self, key):
        return key in self._items

    def __iter__(self):
        return iter(sorted(self._items))

    @property
    def total(self):
        return sum(self._items.values())

    @classmethod
    def from_text(cls, text):
        pairs = (line.split("=") for line in text.strip().splitlines() if "=" in line)
        return cls((k.strip(), int(v)) for k, v in pairs)


async def main():
    start = time.monotonic()
    c = make_counter(10)
    print(c(), c(5), c())
    print(list(chunks("abcdefgh", 3)), [len(x) for x in chunks(list(range(10)), 4)])
    async for i, t in ticker(3, 0.01):
        print(f"tick {i} at {t:.2f}s")
    inv = Inventory.from_text("""
        apples = 3
        pears=5
        # comment
        plums =  11
    """)
    print(len(inv), inv.total, "pears" in inv, list(inv), inv["plums"])
    try:
        inv["kiwi"]
    except KeyError as e:
        print("missing", e, repr(e))
    words = "The quick brown fox jumps over the lazy dog".split()
    print(max(words, key=len), sorted(words, key=str.lower)[:3], "-".join(w[::-1] for w in words[:2]))
    print({w[0].upper(): w for w in words if len(w) > 3})
    print(f"{3.14159:.2f} {42:08b} {1234567:,} {0.25:%} {'x':*^7} {-5:+d}")
    matrix = [[i * j for j in range(4)] for i in range(3)]
    print(list(zip(*matrix)), any(0 in row for row in matrix), all(map(bool, [1, "a", [0]])))
    elapsed = time.monotonic() - start
    print("fast" if elapsed < 5 else "slow")
    raise RuntimeError(f"done with {len(words)} words")

asyncio.run(main())
