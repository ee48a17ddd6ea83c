# for over an awaited iterable; awaits in the body, the target and the else clause.
import asyncio


async def items():
    await asyncio.sleep(0)
    return [1, 2, 3]


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    out = {}
    for x in await items():
        out[x] = await double(x)
    else:
        out["else"] = await double(50)
    print(out)
    box = [0]
    for box[0] in await items():
        await asyncio.sleep(0)
    print(box)
    for i, v in enumerate(await items()):
        if await double(v) > 4:
            print("break at", i)
            break
        print("item", i, v)


asyncio.run(main())
