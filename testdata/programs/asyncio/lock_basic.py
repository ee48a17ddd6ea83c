# Lock: mutual exclusion across awaits, FIFO hand-off, locked(), async with.
import asyncio


async def critical(lock, name, log):
    async with lock:
        log.append(name + " in")
        await asyncio.sleep(0.01)
        log.append(name + " out")


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(critical(lock, n, log) for n in "abc"))
    print(log)
    print("locked:", lock.locked())
    await lock.acquire()
    print("locked:", lock.locked())
    lock.release()
    print("locked:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
