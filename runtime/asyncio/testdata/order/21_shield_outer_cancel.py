import asyncio


async def precious():
    await asyncio.sleep(0.02)
    print("precious finished anyway")
    return "gold"


async def waiter(inner):
    try:
        await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise


async def main():
    inner = asyncio.create_task(precious())
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("w cancelled:", w.cancelled(), "inner done:", inner.done())
    print("inner result:", await inner)


asyncio.run(main())
