# A bounded Queue blocks put() when full; put_nowait/get_nowait raise QueueFull/QueueEmpty.
import asyncio


async def main():
    q = asyncio.Queue(maxsize=2)
    await q.put("a")
    q.put_nowait("b")
    print(q.full(), q.qsize(), q.maxsize)
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("QueueFull")

    async def late_put():
        print("putting c (blocks)")
        await q.put("c")
        print("c was put")

    t = asyncio.create_task(late_put())
    await asyncio.sleep(0.01)
    print("got", q.get_nowait())
    await t
    print([q.get_nowait() for _ in range(q.qsize())])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q.task_done()
        q.task_done()
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
