import asyncio


async def worker(name, sem):
    try:
        async with sem:
            print(name, "acquired")
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    sem = asyncio.Semaphore(1)
    ts = [asyncio.create_task(worker(n, sem)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0)
    print("locked:", sem.locked())
    ts[1].cancel()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print([type(r).__name__ for r in res], "locked:", sem.locked())


asyncio.run(main())
