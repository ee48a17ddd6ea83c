import asyncio


async def noop():
    return asyncio.current_task().get_name()


async def main():
    print(asyncio.current_task().get_name())
    print(asyncio.create_task(noop(), name="mine").get_name())
    print(asyncio.get_running_loop().create_task(noop(), name="via-loop").get_name())
    print(await asyncio.create_task(noop()))
    print(await asyncio.gather(noop(), noop()))
    print(await asyncio.wait_for(noop(), 1))
    print(await asyncio.shield(noop()))
    print(await noop())
    print(len(asyncio.all_tasks()))


asyncio.run(main())
asyncio.run(main())
