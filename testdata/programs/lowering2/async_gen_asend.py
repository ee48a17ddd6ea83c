# asend() sends values into an async generator; the first asend must be None.
import asyncio


async def running_avg():
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        await asyncio.sleep(0)
        total += x
        count += 1
        avg = total / count


async def main():
    g = running_avg()
    print(await g.asend(None))
    for v in (10, 20, 60):
        print(await g.asend(v))
    await g.aclose()


asyncio.run(main())
