# An async generator ends with a bare return; raising StopAsyncIteration-like errors inside becomes RuntimeError.
import asyncio


async def limited(n):
    i = 0
    while True:
        if i >= n:
            return
        yield i
        i += 1


async def broken():
    yield 1
    raise StopAsyncIteration


async def main():
    print([x async for x in limited(3)])
    try:
        print([x async for x in broken()])
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
