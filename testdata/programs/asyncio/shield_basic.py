# shield protects the inner task from the caller's cancellation; the inner keeps running.
import asyncio


async def important():
    await asyncio.sleep(0.02)
    print("important work finished")
    return "result"


async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller cancelled, inner cancelled?", inner.cancelled())
        raise


async def main():
    inner = asyncio.create_task(important())
    c = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("caller ended cancelled:", c.cancelled())
    print("inner result:", await inner)
    try:
        await asyncio.wait_for(asyncio.shield(important()), 0.01)
    except TimeoutError:
        print("wait_for timed out, the shielded task goes on")
    await asyncio.sleep(0.02)


asyncio.run(main())
