# An async generator expression consumed by async for; a sync genexp over awaited data.
import asyncio


async def val(x):
    await asyncio.sleep(0)
    return x


async def main():
    agen = (await val(i) * 2 for i in range(4))
    total = 0
    async for v in agen:
        total += v
    print(total)
    data = await val([3, 1, 2])
    print(sum(x * x for x in data), sorted(x for x in data))


asyncio.run(main())
