# RecursionError depth in the other places asyncio runs code: task groups, timeouts, wait_for,
# as_completed, shield, wait, tasks cancelled by asyncio.run's teardown, threadsafe callbacks.
import asyncio


def count(n):
    if n == 0:
        return 0
    return count(n - 1) + 1


def probe():
    lo, hi = 0, 2000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            count(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


async def report(tag):
    print(tag, probe())
    return tag


async def victim():
    try:
        await asyncio.sleep(10)
    finally:
        print("cancelled by teardown", probe())


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(report("task group task"))
        print("task group body", probe())
    async with asyncio.timeout(1):
        print("timeout body", probe())
    await asyncio.wait_for(report("wait_for"), 1)
    for f in asyncio.as_completed([report("as_completed")]):
        await f
    await asyncio.shield(report("shield"))
    await asyncio.wait([asyncio.ensure_future(report("wait"))])
    await asyncio.create_task(report("create_task"))
    loop = asyncio.get_running_loop()
    loop.call_soon_threadsafe(lambda: print("threadsafe", probe()))
    await asyncio.sleep(0)
    asyncio.create_task(victim())
    await asyncio.sleep(0)


asyncio.run(main())
