# Lock: locked/acquire/release, reprs with waiters, async with, errors.
import asyncio
import re


def r(x):
    return re.sub(" at 0x[0-9a-f]+", " at 0x?", repr(x))


def err(e):
    print(type(e).__name__ + ":", e)


async def holder(lock, name):
    async with lock:
        print(name, "in", lock.locked())
        await asyncio.sleep(0.01)
        print(name, "out")


async def main():
    lock = asyncio.Lock()
    print(r(lock))
    print(await lock.acquire())
    print(r(lock), lock.locked())
    t1 = asyncio.create_task(holder(lock, "a"))
    t2 = asyncio.create_task(holder(lock, "b"))
    await asyncio.sleep(0)
    print(r(lock))
    lock.release()
    await asyncio.gather(t1, t2)
    print(r(lock), lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        err(e)
    try:
        asyncio.Lock(1)
    except TypeError as e:
        err(e)
    try:
        lock.acquire(2)
    except TypeError as e:
        err(e)
    print(isinstance(lock, asyncio.Lock), type(lock).__name__, type(lock).__module__)


asyncio.run(main())
