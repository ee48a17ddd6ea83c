# async for with else, break and continue over an async generator.
import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    async for x in agen(4):
        if x == 1:
            continue
        print("x", x)
    else:
        print("async for else ran")
    async for x in agen(10):
        if x == 2:
            print("breaking")
            break
    else:
        print("never")
    async for x in agen(0):
        print("never")
    else:
        print("empty async for else")


asyncio.run(main())
