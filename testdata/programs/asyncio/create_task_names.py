# Task names: Task-N numbering, name=, set_name, current_task inside the task.
import asyncio


async def who():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()


async def main():
    print("main is", asyncio.current_task().get_name())
    t1 = asyncio.create_task(who())
    t2 = asyncio.create_task(who(), name="custom")
    t3 = asyncio.create_task(who())
    t3.set_name("renamed")
    print(t1.get_name(), t2.get_name(), t3.get_name())
    print(await t1, await t2, await t3)
    t4 = asyncio.create_task(who())
    print(t4.get_name(), await t4)
    print(await asyncio.gather(who(), who()))


asyncio.run(main())
