import asyncio


async def user(name, lock):
    print(name, "wants the lock")
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(0.01)
        print(name, "releases")


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(user("a", lock), user("b", lock), user("c", lock))
    print("locked at end:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
