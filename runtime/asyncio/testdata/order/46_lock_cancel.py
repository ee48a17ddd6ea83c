import asyncio


async def user(name, lock):
    try:
        async with lock:
            print(name, "has the lock")
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(user("a", lock))
    b = asyncio.create_task(user("b", lock))
    c = asyncio.create_task(user("c", lock))
    await asyncio.sleep(0)
    b.cancel()
    res = await asyncio.gather(a, b, c, return_exceptions=True)
    print([type(r).__name__ for r in res], lock.locked())


asyncio.run(main())
