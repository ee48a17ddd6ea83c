# A pipeline of three stages joined by queues, ending with a sentinel.
import asyncio


async def stage(name, src, dst, fn):
    while True:
        item = await src.get()
        if item is None:
            await dst.put(None)
            print(name, "done")
            return
        await asyncio.sleep(0.001)
        await dst.put(fn(item))


async def main():
    q1, q2, q3 = asyncio.Queue(), asyncio.Queue(), asyncio.Queue()
    tasks = [asyncio.create_task(stage("double", q1, q2, lambda x: x * 2)),
             asyncio.create_task(stage("inc", q2, q3, lambda x: x + 1))]
    for i in range(5):
        await q1.put(i)
    await q1.put(None)
    out = []
    while (v := await q3.get()) is not None:
        out.append(v)
    await asyncio.gather(*tasks)
    print(out)


asyncio.run(main())
