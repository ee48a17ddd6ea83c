import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    ts = [asyncio.create_task(job("a", 0.03)), asyncio.create_task(job("b", 0.01)),
          asyncio.create_task(job("c", 0.02))]
    for coro in asyncio.as_completed(ts):
        print("next:", await coro)


asyncio.run(main())
