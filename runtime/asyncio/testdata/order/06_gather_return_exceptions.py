import asyncio


async def ok():
    await asyncio.sleep(0)
    return 1


async def bad():
    raise KeyError("k")


async def main():
    res = await asyncio.gather(ok(), bad(), ok(), return_exceptions=True)
    print(len(res), res[0], type(res[1]).__name__, res[1].args[0], res[2])


asyncio.run(main())
