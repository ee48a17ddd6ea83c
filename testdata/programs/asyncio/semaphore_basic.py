# Semaphore limits concurrency (jobs of distinct lengths, so no two wake together); BoundedSemaphore rejects extra releases.
import asyncio

active = 0
peak = 0


async def job(sem, i):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print("job", i, "running with", active, "active")
        await asyncio.sleep(0.01 * (i + 1))
        active -= 1
        print("job", i, "done")


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job(sem, i) for i in range(5)))
    print("peak", peak, "locked", sem.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    print("bounded locked:", b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
