# Event: waiters block until set(); is_set(); clear() makes later waits block again.
import asyncio


async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke up")


async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n)) for n in ("w1", "w2")]
    await asyncio.sleep(0.01)
    print("setting, is_set =", ev.is_set())
    ev.set()
    await asyncio.gather(*ts)
    print("is_set =", ev.is_set())
    print(await ev.wait())
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("cleared event blocks again")


asyncio.run(main())
