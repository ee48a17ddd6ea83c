# LifoQueue returns the newest item first; PriorityQueue the smallest.
import asyncio


async def main():
    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 4, 1, 5]:
        await lq.put(x)
        await pq.put((x, "item" + str(x)))
    print([await lq.get() for _ in range(5)])
    print([(await pq.get())[1] for _ in range(5)])


asyncio.run(main())
