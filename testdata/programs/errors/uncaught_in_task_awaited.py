# An exception in a task, re-raised by awaiting the task in main, escapes asyncio.run.
import asyncio


async def child():
    await asyncio.sleep(0.01)
    raise PermissionError("task failed")


async def main():
    t = asyncio.create_task(child())
    print("child started")
    await t


asyncio.run(main())
