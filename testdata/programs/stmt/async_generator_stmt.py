# Async generators: async def with yield, consumed with async for and anext-style calls.
import asyncio


async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i * 10


async def evens(src):
    async for x in src:
        if x % 20 == 0:
            yield x


async def main():
    async for v in ticker(3, 0.01):
        print("tick", v)
    print([v async for v in evens(ticker(5, 0))])
    g = ticker(2, 0)
    print(await g.__anext__())
    print(await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")


asyncio.run(main())
