# Event and Condition: set/clear/is_set/wait, notify/notify_all/wait/wait_for.
import asyncio
import re


def r(x):
    return re.sub(" at 0x[0-9a-f]+", " at 0x?", repr(x))


def err(e):
    print(type(e).__name__ + ":", e)


async def waiter(ev, name):
    print(name, "waits")
    print(name, "got", await ev.wait())


async def cond_waiter(cond, name):
    async with cond:
        print(name, "waits")
        print(name, "woke", await cond.wait())


async def main():
    ev = asyncio.Event()
    print(r(ev), ev.is_set())
    t = [asyncio.create_task(waiter(ev, n)) for n in "xy"]
    await asyncio.sleep(0)
    print(r(ev))
    ev.set()
    print(r(ev), ev.is_set())
    await asyncio.gather(*t)
    ev.clear()
    print(r(ev), ev.is_set())

    cond = asyncio.Condition()
    print(r(cond))
    ws = [asyncio.create_task(cond_waiter(cond, n)) for n in "pqr"]
    await asyncio.sleep(0)
    print(r(cond))
    async with cond:
        cond.notify()
        print(r(cond), cond.locked())
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    try:
        cond.notify()
    except RuntimeError as e:
        err(e)
    try:
        await cond.wait()
    except RuntimeError as e:
        err(e)
    box = []

    async def setter():
        await asyncio.sleep(0.01)
        async with cond:
            box.append(5)
            cond.notify_all()

    s = asyncio.create_task(setter())
    async with cond:
        print("wait_for", await cond.wait_for(lambda: len(box)))
    await s
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    await lock.acquire()
    print(c2.locked(), r(c2))
    lock.release()
    print(c2.locked())


asyncio.run(main())
