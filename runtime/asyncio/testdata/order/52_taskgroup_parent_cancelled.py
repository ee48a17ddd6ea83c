import asyncio


async def child(name):
    try:
        await asyncio.sleep(1)
    finally:
        print("child", name, "finally")


async def body():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("x"))
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("body: CancelledError propagated out of the group")
        raise


async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())


asyncio.run(main())
