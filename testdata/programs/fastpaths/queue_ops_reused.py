# "await q.get()" and "await q.put(x)" of asyncio's own methods let the
# queue reuse the finished coroutine; one the program keeps is never reused.
import asyncio


class Keeping(asyncio.Queue):
    def get(self):
        self.last = super().get()
        return self.last


async def relay(inbox, outbox, n):
    for _ in range(n):
        item = await inbox.get()
        await outbox.put(item * 2)


async def main():
    a, b = asyncio.Queue(maxsize=1), asyncio.Queue(maxsize=1)
    task = asyncio.create_task(relay(a, b, 5))
    got = []
    for i in range(5):
        await a.put(i)
        got.append(await b.get())
    await task
    print(got)

    k = Keeping()
    await k.put("x")
    await k.put("y")
    print(await k.get())
    kept = k.last
    print(await k.get())
    try:
        await kept
    except RuntimeError as e:
        print("RuntimeError", e)

    q = asyncio.Queue()
    waiter = asyncio.create_task(q.get())
    getter = asyncio.create_task(relay(q, asyncio.Queue(), 1))
    await asyncio.sleep(0)
    getter.cancel()
    try:
        await getter
    except asyncio.CancelledError:
        print("cancelled while waiting in get")
    await q.put("z")
    print(await waiter, q.qsize())
    full = asyncio.Queue(maxsize=1)
    await full.put(1)
    putter = asyncio.create_task(relay(asyncio.Queue(), full, 0))
    blocked = asyncio.create_task(full.put(2))
    await asyncio.sleep(0)
    blocked.cancel()
    await asyncio.sleep(0)
    print(blocked.cancelled(), full.qsize(), await full.get(), full.qsize())
    await putter


asyncio.run(main())
