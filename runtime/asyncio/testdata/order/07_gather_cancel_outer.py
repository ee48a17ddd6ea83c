import asyncio


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled", name)
        raise


async def main():
    g = asyncio.gather(child("a"), child("b"))
    await asyncio.sleep(0)
    print("cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("outer raised CancelledError", g.cancelled())


asyncio.run(main())
