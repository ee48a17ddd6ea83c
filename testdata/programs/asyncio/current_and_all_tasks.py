# current_task and all_tasks: counting live tasks, the task each coroutine runs in.
import asyncio


async def child(i):
    await asyncio.sleep(0.01 * i)
    return asyncio.current_task().get_name()


async def main():
    print(len(asyncio.all_tasks()))
    ts = [asyncio.create_task(child(i), name=f"child{i}") for i in range(3)]
    print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())
    print(await asyncio.gather(*ts))
    print(len(asyncio.all_tasks()), sorted(t.get_name() for t in asyncio.all_tasks()))


asyncio.run(main())
