# asyncio.Queue, LifoQueue, PriorityQueue: producers and consumers, join,
# bounded put, nowait errors, str() of a queue.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, q.qsize(), q.full())


async def consumer(q, name, got):
    while True:
        item = await q.get()
        got.append((name, item))
        await asyncio.sleep(0.01)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(str(q), q.maxsize, q.empty())
    got = []
    cs = [asyncio.create_task(consumer(q, n, got)) for n in ("c1", "c2")]
    await producer(q, 5)
    await q.join()
    print(got)
    for c in cs:
        c.cancel()
    await asyncio.gather(*cs, return_exceptions=True)
    print(str(q))

    q.put_nowait("a")
    q.put_nowait("b")
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("full", str(q))
    print(q.get_nowait(), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    try:
        for _ in range(3):
            q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "a"), (3, "c")]:
        lq.put_nowait(item)
        pq.put_nowait(item)
    print(str(lq))
    print(str(pq))
    print([lq.get_nowait() for _ in range(3)])
    print([(await pq.get())[1] for _ in range(3)])


asyncio.run(main())
