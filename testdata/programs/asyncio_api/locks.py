# asyncio.Lock, Event, Condition, Semaphore, BoundedSemaphore end to end:
# async with, waiters in reprs, acquire/release/locked, errors.
import asyncio


def mask(x):
    s = repr(x)
    i = s.find(" at 0x")
    if i < 0:
        return s
    return s[:i] + s[s.find(" ", i + 4):]


async def holder(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.01)
        log.append(name + " out")


async def waiter(ev, name):
    print(name, "waits")
    print(name, "got", await ev.wait())


async def cond_waiter(cond, name):
    async with cond:
        print(name, "woke", await cond.wait())


async def worker(sem, name):
    async with sem:
        print(name, "in", mask(sem))
        await asyncio.sleep(0.01)


async def main():
    lock = asyncio.Lock()
    log = []
    ts = [asyncio.create_task(holder(lock, n, log)) for n in "abc"]
    await asyncio.sleep(0)
    print(mask(lock), lock.locked())
    await asyncio.gather(*ts)
    print(log, mask(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev, n)) for n in "xy"]
    await asyncio.sleep(0)
    print(mask(ev))
    ev.set()
    await asyncio.gather(*ws)
    ev.clear()
    print(mask(ev), ev.is_set())

    cond = asyncio.Condition()
    cs = [asyncio.create_task(cond_waiter(cond, n)) for n in "pqr"]
    await asyncio.sleep(0)
    print(mask(cond))
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*cs)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(sem, n) for n in "ijk"))
    print(mask(sem))
    bsem = asyncio.BoundedSemaphore(1)
    try:
        bsem.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
