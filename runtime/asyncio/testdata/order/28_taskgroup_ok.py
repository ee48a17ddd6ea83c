import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print("job", name)
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("one", 0.02))
        t2 = tg.create_task(job("two", 0.01))
        print("body done")
    print("after group", t1.result(), t2.result())


asyncio.run(main())
