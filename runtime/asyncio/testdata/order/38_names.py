import asyncio


async def child():
    print("child is", asyncio.current_task().get_name())


async def main():
    print("main is", asyncio.current_task().get_name())
    t = asyncio.create_task(child())
    n = asyncio.create_task(child(), name="named")
    await asyncio.gather(t, n, child())
    t2 = asyncio.create_task(child())
    print("next task", t2.get_name())
    t2.set_name("renamed")
    await t2
    print("tasks alive", len(asyncio.all_tasks()))


asyncio.run(main())
