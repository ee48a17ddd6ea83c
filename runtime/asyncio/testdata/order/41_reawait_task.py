import asyncio


async def value():
    await asyncio.sleep(0)
    return 42


async def boom():
    raise ValueError("once")


async def main():
    t = asyncio.create_task(value())
    print(await t, await t)
    b = asyncio.create_task(boom())
    errs = []
    for _ in range(2):
        try:
            await b
        except ValueError as e:
            errs.append(e)
    print(errs[0] is errs[1], errs[0])
    print(await asyncio.sleep(0.01, "slept"))


asyncio.run(main())
