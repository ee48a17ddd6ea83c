import asyncio


async def main():
    q = asyncio.Queue(1)
    q.put_nowait("a")
    try:
        q.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull", q.full(), q.qsize())
    q.get_nowait()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty", q.empty())
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 4, 1, 5, 9, 2, 6):
        lq.put_nowait(x)
        pq.put_nowait(x)
    print("lifo", [lq.get_nowait() for _ in range(8)])
    print("priority", [pq.get_nowait() for _ in range(8)])


asyncio.run(main())
