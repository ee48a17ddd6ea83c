import asyncio


async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print("waiter cancelled, lock held again:", cond.locked())
            raise


async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    async with cond:
        t.cancel()
        await asyncio.sleep(0)
        print("main still holds the lock")
    try:
        await t
    except asyncio.CancelledError:
        print("waiter done, locked:", cond.locked())


asyncio.run(main())
