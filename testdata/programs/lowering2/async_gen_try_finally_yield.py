# Async generator with yields inside try/finally; a consumer exception does not reach it, aclose() runs the finally blocks.
import asyncio


async def guarded(n):
    try:
        for i in range(n):
            try:
                await asyncio.sleep(0)
                yield i
            finally:
                print("per-item finally", i)
    finally:
        print("generator finally")


async def main():
    async for x in guarded(3):
        print("consumer", x)
    g = guarded(5)
    try:
        async for x in g:
            if x == 1:
                raise ValueError("consumer failed")
    except ValueError as e:
        print("caught", e)
    finally:
        await g.aclose()
        print("closed explicitly")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
