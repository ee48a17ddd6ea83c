# Queue, LifoQueue, PriorityQueue: nowait calls, reprs, blocking put/get, join.
import asyncio
import re


def r(x):
    return re.sub(" at 0x[0-9a-f]+", " at 0x?", repr(x))


def err(e):
    print(type(e).__name__ + ":", repr(e))


async def consumer(q, name):
    while True:
        item = await q.get()
        print(name, "got", item)
        q.task_done()
        if item is None:
            return


async def main():
    q = asyncio.Queue(2)
    print(r(q), str(q), q.maxsize, q.qsize(), q.empty(), q.full())
    q.put_nowait(1)
    q.put_nowait("two")
    print(str(q), q.qsize(), q.empty(), q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        err(e)
    p = asyncio.create_task(q.put(3))
    await asyncio.sleep(0)
    print(str(q))
    print(q.get_nowait(), str(q))
    await p
    print(str(q))
    print(await q.get(), await q.get())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        err(e)
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    await q.put("x")
    print(await g, str(q))
    for _ in range(4):
        q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        err(e)
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for v in [3, 1, 2]:
        lq.put_nowait(v)
        pq.put_nowait(v)
    print(str(lq), str(pq), type(pq).__name__, isinstance(pq, asyncio.Queue))
    print([lq.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)])
    jq = asyncio.Queue()
    c = asyncio.create_task(consumer(jq, "c"))
    for v in ["a", "b", None]:
        await jq.put(v)
    await jq.join()
    print("joined", str(jq))
    await c
    try:
        asyncio.Queue(1, 2)
    except TypeError as e:
        err(e)
    try:
        q.put()
    except TypeError as e:
        err(e)


asyncio.run(main())
