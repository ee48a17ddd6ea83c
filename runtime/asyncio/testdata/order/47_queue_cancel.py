import asyncio


async def getter(name, q):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter("g1", q))
    g2 = asyncio.create_task(getter("g2", q))
    await asyncio.sleep(0)
    q.put_nowait("first")
    g1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("g1 cancelled:", g1.cancelled(), "g2 done:", g2.done(), "qsize:", q.qsize())
    full = asyncio.Queue(1)
    full.put_nowait(0)
    p = asyncio.create_task(full.put(1))
    await asyncio.sleep(0)
    p.cancel()
    await asyncio.sleep(0)
    print("putter cancelled:", p.cancelled(), "qsize:", full.qsize())


asyncio.run(main())
