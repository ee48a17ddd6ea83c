# asyncio.wait with a timeout, Event, Semaphore, timeout(), wait_for, walrus loops, numeric corner cases, raise from
import asyncio

async def fetch(i):
    await asyncio.sleep(0.01 * (5 - i))
    if i == 3:
        raise KeyError(i)
    return i * i

async def main():
    tasks = {asyncio.create_task(fetch(i), name=f"f{i}"): i for i in range(5)}
    done, pending = await asyncio.wait(tasks, timeout=0.035)
    print(len(done), len(pending), sorted(tasks[t] for t in done))
    for t in sorted(done, key=lambda t: t.get_name()):
        if t.exception():
            print(t.get_name(), "failed:", repr(t.exception()))
        else:
            print(t.get_name(), "->", t.result())
    for t in pending:
        t.cancel()
    res = await asyncio.gather(*pending, return_exceptions=True)
    print([type(r).__name__ for r in res])
    async with asyncio.timeout(0.5):
        ev = asyncio.Event()
        asyncio.get_running_loop().call_later(0.01, ev.set)
        await ev.wait()
        print("event set", ev.is_set())
    sem = asyncio.Semaphore(2)
    order = []
    async def limited(n):
        async with sem:
            order.append(("in", n))
            await asyncio.sleep(0.01)
            order.append(("out", n))
    await asyncio.gather(*(limited(n) for n in range(4)))
    print(order)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__)
    x = 10
    while (x := x - 3) > 0:
        print("x", x, end="; ")
    else:
        print("loop done")
    print(divmod(-7, 2), -7 // 2, -7 % 2, round(2.5), round(3.5), round(1.23456, 3), 10 / 4, 2 ** -1, int("  42 "), float("1e3"))
    for idx, ch in enumerate("abc", start=1):
        print(idx, ch, sep=":", end=" ")
    print()
    try:
        int("x12")
    except ValueError as e:
        raise TypeError("conversion failed") from e

asyncio.run(main())
