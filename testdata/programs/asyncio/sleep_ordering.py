# Tasks sleeping different amounts wake in deadline order; equal sleeps wake in call order.
import asyncio


async def sleeper(name, d, log):
    await asyncio.sleep(d)
    log.append(name)


async def main():
    log = []
    specs = [("a", 0.03), ("b", 0.01), ("c", 0.02), ("d", 0.01), ("e", 0)]
    await asyncio.gather(*(sleeper(n, d, log) for n, d in specs))
    print(log)


asyncio.run(main())
