import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name.upper()


async def main():
    res = await asyncio.gather(job("a", 0.03), job("b", 0.01), job("c", 0.02))
    print(res)


asyncio.run(main())
