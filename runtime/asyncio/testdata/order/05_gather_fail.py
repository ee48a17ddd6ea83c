import asyncio


async def ok(name, delay):
    await asyncio.sleep(delay)
    print("ok finished", name)
    return name


async def bad():
    await asyncio.sleep(0.01)
    raise ValueError("bad child")


async def main():
    try:
        await asyncio.gather(ok("x", 0.02), bad(), ok("y", 0.03))
    except ValueError as e:
        print("caught", e)
    print("main sleeps")
    await asyncio.sleep(0.05)
    print("main done")


asyncio.run(main())
