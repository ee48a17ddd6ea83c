import asyncio


async def quick():
    await asyncio.sleep(0.01)
    return "quick result"


async def main():
    print(await asyncio.wait_for(quick(), 1))
    print(await asyncio.wait_for(quick(), None))
    t = asyncio.create_task(quick())
    print(await asyncio.wait_for(t, 0.5))


asyncio.run(main())
