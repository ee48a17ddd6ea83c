import asyncio


async def consumer(name, cond, box):
    async with cond:
        print(name, "waits")
        await cond.wait()
        print(name, "notified, box:", box)


async def main():
    cond = asyncio.Condition()
    box = []
    ts = [asyncio.create_task(consumer(n, cond, box)) for n in ("c1", "c2", "c3")]
    await asyncio.sleep(0)
    async with cond:
        box.append(1)
        cond.notify(1)
        print("notified one")
    await asyncio.sleep(0.01)
    async with cond:
        box.append(2)
        cond.notify_all()
        print("notified all")
    await asyncio.gather(*ts)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
