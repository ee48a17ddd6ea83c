# asyncio.timeout and timeout_at: expiry into TimeoutError, when(),
# reschedule(), expired(), and the Timeout reprs.
import asyncio


async def slow(d):
    await asyncio.sleep(d)
    return d


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.05) as cm:
            await slow(1)
    except TimeoutError:
        print("expired", cm.expired(), repr(cm))

    async with asyncio.timeout(0.05) as cm:
        print(await slow(0.01))
    print(cm.expired(), repr(cm))

    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when())
        cm.reschedule(loop.time() + 0.02)
        try:
            await slow(0.01)
            print("still in time")
        finally:
            cm.reschedule(None)
        await slow(0.05)
    print("no deadline", cm.expired())

    try:
        async with asyncio.timeout_at(loop.time() + 0.03) as cm:
            await slow(1)
    except TimeoutError as e:
        print("timeout_at", type(e).__name__, type(e.__cause__).__name__)

    t = asyncio.timeout(1)
    try:
        t.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout(0) as cm:
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("zero delay expired")
    try:
        async with asyncio.timeout(0.01):
            try:
                await slow(1)
            except asyncio.CancelledError:
                print("inner sees CancelledError")
                raise
    except TimeoutError:
        print("outer sees TimeoutError")
    print(asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
