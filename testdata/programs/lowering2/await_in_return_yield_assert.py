# await inside return tuples, assert conditions and messages, and raise expressions.
import asyncio


async def get(x):
    await asyncio.sleep(0)
    return x


async def pair():
    return await get(1), await get(2)


async def check(v):
    assert await get(v), await get(f"assertion for {v!r}")
    return "ok"


async def fail():
    raise await get(ValueError("raised from awaited value"))


async def main():
    print(await pair())
    print(await check(5))
    try:
        await check(0)
    except AssertionError as e:
        print("AssertionError:", e)
    try:
        await fail()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
