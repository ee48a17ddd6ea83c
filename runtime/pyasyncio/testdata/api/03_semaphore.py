# Semaphore and BoundedSemaphore.
import asyncio
import re


def r(x):
    return re.sub(" at 0x[0-9a-f]+", " at 0x?", repr(x))


def err(e):
    print(type(e).__name__ + ":", e)


async def worker(sem, name):
    async with sem:
        print(name, "in", r(sem))
        await asyncio.sleep(0.01)
    print(name, "out")


async def main():
    sem = asyncio.Semaphore(2)
    print(r(sem), sem.locked())
    ts = [asyncio.create_task(worker(sem, n)) for n in "abc"]
    await asyncio.sleep(0)
    print(r(sem), sem.locked())
    await asyncio.gather(*ts)
    print(r(sem))
    print(await sem.acquire(), r(sem))
    sem.release()
    sem.release()
    print(r(sem))
    b = asyncio.BoundedSemaphore()
    print(r(b), isinstance(b, asyncio.Semaphore))
    try:
        b.release()
    except ValueError as e:
        err(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        err(e)
    try:
        asyncio.Semaphore(1, 2)
    except TypeError as e:
        err(e)


asyncio.run(main())
