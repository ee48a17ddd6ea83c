# gather returns results in argument order, whatever order the tasks finish in.
import asyncio


async def work(name, delay):
    print("start", name)
    await asyncio.sleep(delay)
    print("finish", name)
    return name.upper()


async def main():
    res = await asyncio.gather(work("a", 0.03), work("b", 0.01), work("c", 0.02))
    print(res)
    print(await asyncio.gather())
    t = asyncio.create_task(work("t", 0))
    print(await asyncio.gather(t, t, work("d", 0)))


asyncio.run(main())
