# loop.time() advances by the slept amount (checked with a tolerance, never printed raw).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.05)
    dt = loop.time() - t0
    print("slept at least 0.05:", dt >= 0.049, "and less than 0.5:", dt < 0.5)
    t0 = loop.time()
    await asyncio.gather(*(asyncio.sleep(0.02) for _ in range(10)))
    dt = loop.time() - t0
    print("ten concurrent 0.02 sleeps take about 0.02:", 0.019 <= dt < 0.2)


asyncio.run(main())
