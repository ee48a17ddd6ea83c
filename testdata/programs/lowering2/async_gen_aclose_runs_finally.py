# aclose() on a suspended async generator raises GeneratorExit at its yield; finally awaits run.
import asyncio


async def source():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        await asyncio.sleep(0)
        print("source finally")


async def main():
    g = source()
    async for v in g:
        print("got", v)
        if v == 2:
            break
    print("loop left")
    await g.aclose()
    print("closed")
    await g.aclose()
    print("second aclose is a no-op")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after close")


asyncio.run(main())
