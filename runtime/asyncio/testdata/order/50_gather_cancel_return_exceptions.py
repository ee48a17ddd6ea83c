import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print("child", name, "cancelled")
        raise


async def main():
    g = asyncio.gather(child("a", 0.01), child("b", 1), return_exceptions=True)
    await asyncio.sleep(0.02)
    print("cancel ->", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError even with return_exceptions")
    done = asyncio.gather(child("c", 0))
    await done
    print("cancel finished ->", done.cancel())


asyncio.run(main())
