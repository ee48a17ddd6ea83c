# asyncio.timeout's deadline can be moved with reschedule(); timeout_at uses the loop's clock.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        cm.reschedule(loop.time() + 0.05)
        await asyncio.sleep(0.01)
        print("still within the rescheduled deadline")
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(0.05)
    except TimeoutError:
        print("timeout_at expired")
    try:
        async with asyncio.timeout(1) as cm:
            cm.reschedule(loop.time())
            await asyncio.sleep(0.05)
    except TimeoutError:
        print("rescheduled to now: expired", cm.expired())


asyncio.run(main())
