# Condition: wait/notify, notify_all, wait_for with a predicate.
import asyncio


async def consumer(cond, box, name):
    async with cond:
        await cond.wait_for(lambda: box)
        print(name, "took", box.pop())


async def sleeper(cond, name):
    async with cond:
        await cond.wait()
        print(name, "notified")


async def main():
    cond = asyncio.Condition()
    box = []
    cs = [asyncio.create_task(consumer(cond, box, n)) for n in ("c1", "c2")]
    await asyncio.sleep(0)
    for item in ("x", "y"):
        async with cond:
            box.append(item)
            cond.notify()
        await asyncio.sleep(0.01)
    await asyncio.gather(*cs)
    ss = [asyncio.create_task(sleeper(cond, n)) for n in ("s1", "s2", "s3")]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(1)
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ss)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
