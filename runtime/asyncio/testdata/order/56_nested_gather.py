import asyncio


async def val(x, delay):
    await asyncio.sleep(delay)
    print("val", x)
    return x


async def main():
    inner = asyncio.gather(val(1, 0.03), val(2, 0.01))
    res = await asyncio.gather(inner, val(3, 0.02), asyncio.sleep(0.005, "s"))
    print(res)


asyncio.run(main())
