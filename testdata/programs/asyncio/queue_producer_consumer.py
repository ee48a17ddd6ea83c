# Queue with a producer and two consumers paced by sleep(0); join() waits until every item is marked done.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
        await asyncio.sleep(0)


async def consumer(name, q, out):
    while True:
        item = await q.get()
        out.append((name, item))
        for _ in range(3):
            await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue()
    out = []
    consumers = [asyncio.create_task(consumer(c, q, out)) for c in ("c1", "c2")]
    await producer(q, 6)
    await q.join()
    print("all processed:", out)
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print("empty:", q.empty(), "size:", q.qsize())


asyncio.run(main())
