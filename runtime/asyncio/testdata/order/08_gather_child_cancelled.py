import asyncio


async def child(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    t1 = asyncio.create_task(child(0.01))
    t2 = asyncio.create_task(child(0.5))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("outer raised CancelledError; outer.cancelled():", g.cancelled())
    res = await asyncio.gather(t1, t2, return_exceptions=True)
    print(res[0], type(res[1]).__name__)


asyncio.run(main())
