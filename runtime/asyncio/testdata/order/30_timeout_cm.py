import asyncio


async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled")
                raise
    except TimeoutError:
        print("TimeoutError, expired:", cm.expired())
    async with asyncio.timeout(1) as cm2:
        await asyncio.sleep(0.01)
    print("no timeout, expired:", cm2.expired())
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
