# TaskGroup waits for all its tasks on exit; results are read from the tasks afterwards.
import asyncio


async def fetch(n):
    await asyncio.sleep(0.01 * n)
    print("fetched", n)
    return n * 10


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(n)) for n in (3, 1, 2)]
        print("tasks created")
    print("group exited", [t.result() for t in tasks])
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(fetch(0), name="named")
    print(t.get_name(), t.result())


asyncio.run(main())
