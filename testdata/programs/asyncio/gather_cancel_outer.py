# Cancelling the future returned by gather cancels its unfinished children.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    a = asyncio.create_task(child("a", 0.01))
    b = asyncio.create_task(child("b", 0.05))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0.02)
    print("cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    print(a.result(), b.cancelled(), g.cancelled())


asyncio.run(main())
