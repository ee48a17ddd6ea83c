import asyncio


async def waiter(name, ev):
    try:
        await ev.wait()
        print(name, "woke")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(n, ev)) for n in ("a", "b", "c")]
    await asyncio.sleep(0)
    ts[1].cancel()
    await asyncio.sleep(0)
    ev.set()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in res])


asyncio.run(main())
