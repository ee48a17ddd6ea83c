# asyncio.timeout / timeout_at: expiry, when/reschedule/expired, reprs.
import asyncio


def err(e):
    print(type(e).__name__ + ":", e)


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.05) as cm:
            print(repr(cm).startswith("<Timeout [active] when="), cm.expired())
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timed out", type(e).__name__, repr(cm), cm.expired())
    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when())
        cm.reschedule(loop.time() + 0.01)
        print(cm.when() > loop.time())
        cm.reschedule(None)
        await asyncio.sleep(0.02)
    print(repr(cm), cm.expired())
    t = asyncio.timeout_at(loop.time() + 0.01)
    print(repr(t))
    try:
        t.reschedule(1)
    except RuntimeError as e:
        err(e)
    try:
        async with t:
            await asyncio.sleep(0.1)
    except TimeoutError:
        print("timeout_at expired", t.expired(), repr(t))
    try:
        t.reschedule(None)
    except RuntimeError as e:
        err(e)
    try:
        async with t:
            pass
    except RuntimeError as e:
        err(e)
    print(asyncio.TimeoutError is TimeoutError, asyncio.Timeout.__name__)
    try:
        asyncio.timeout()
    except TypeError as e:
        err(e)


asyncio.run(main())
