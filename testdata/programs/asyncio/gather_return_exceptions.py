# gather(return_exceptions=True) puts exceptions in the result list instead of raising.
import asyncio


async def ok(x):
    await asyncio.sleep(0.01)
    return x


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def cancelled_child():
    await asyncio.sleep(1)


async def main():
    res = await asyncio.gather(ok(1), fail("bad"), ok(3), return_exceptions=True)
    print(res)
    print([type(r).__name__ for r in res])
    c = asyncio.create_task(cancelled_child())
    g = asyncio.gather(ok("x"), c, return_exceptions=True)
    await asyncio.sleep(0)
    c.cancel()
    res = await g
    print(res[0], type(res[1]).__name__, repr(res[1]))


asyncio.run(main())
