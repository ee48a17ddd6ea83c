import asyncio
from contextlib import asynccontextmanager


class Ticker:
    def __init__(self, limit, delay=0.01):
        self.limit = limit
        self.delay = delay
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.limit:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.i += 1
        return self.i


async def countdown(n):
    while n > 0:
        yield n
        await asyncio.sleep(0.001)
        n -= 1


async def squares(src):
    async for x in src:
        if x % 2:
            yield x * x


@asynccontextmanager
async def session(name):
    print(f"begin {name}")
    try:
        yield {"name": name, "ops": []}
    except KeyError as e:
        print(f"rollback {name}: {e!r}")
    finally:
        print(f"end {name}")


async def main():
    async for t in Ticker(3):
        print("tick", t)
    print([x async for x in countdown(5)])
    print([x async for x in squares(Ticker(7))])
    total = sum([x async for x in countdown(4) if x != 2])
    print("total", total)
    async with session("s1") as s:
        s["ops"].append("insert")
        print(s)
    async with session("s2") as s:
        raise KeyError("missing")
    print("after s2")
    gen = countdown(3)
    print(await gen.__anext__(), await anext(gen))
    await gen.aclose()
    it = aiter(Ticker(2))
    print(await anext(it), await anext(it), await anext(it, "done"))


asyncio.run(main())
