import asyncio


async def spinner():
    n = 0
    try:
        while True:
            n += 1
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("spinner cancelled after", n, "turns")
        raise


async def resolver(fut):
    fut.set_result("value")


async def waiter(fut):
    try:
        print("waiter got", await fut)
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("waiter cancelled after its future was resolved")
        raise


async def main():
    s = asyncio.create_task(spinner())
    for _ in range(3):
        await asyncio.sleep(0)
    s.cancel()
    await asyncio.sleep(0)
    print("spinner cancelled:", s.cancelled())
    fut = asyncio.get_running_loop().create_future()
    w = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.set_result("late")
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("w cancelled:", w.cancelled())


asyncio.run(main())
