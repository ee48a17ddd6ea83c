# Async comprehensions (async for inside [], {}, {:} and genexps) over async generators.
import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    print([x async for x in agen(4)])
    print({x: x * x async for x in agen(3)})
    print(sorted({x % 2 async for x in agen(5)}))
    print([x async for x in agen(10) if x % 3 == 0])
    print([(x, y) async for x in agen(2) for y in "ab"])
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__, [v async for v in g])


asyncio.run(main())
