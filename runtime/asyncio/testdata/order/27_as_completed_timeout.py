import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    ts = [asyncio.create_task(job("a", 0.01)), asyncio.create_task(job("b", 0.2))]
    try:
        for coro in asyncio.as_completed(ts, timeout=0.05):
            print("next:", await coro)
    except asyncio.TimeoutError:
        print("TimeoutError")
    ts[1].cancel()


asyncio.run(main())
