# gather of gathers: nested results keep their structure and order.
import asyncio


async def val(x, d):
    await asyncio.sleep(d)
    return x


async def group(prefix):
    return await asyncio.gather(*(val(prefix + str(i), 0.01 * (3 - i)) for i in range(3)))


async def main():
    print(await asyncio.gather(group("a"), group("b"), val("c", 0)))


asyncio.run(main())
