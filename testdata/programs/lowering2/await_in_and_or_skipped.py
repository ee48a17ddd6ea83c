# Short-circuit operators never evaluate an await on the skipped side.
import asyncio

calls = []


async def val(x):
    calls.append(x)
    await asyncio.sleep(0)
    return x


async def main():
    print(await val(0) and await val("skipped"), calls)
    calls.clear()
    print(await val("left") or await val("skipped"), calls)
    calls.clear()
    print(await val(1) and await val(2) and await val(0) and await val(3), calls)
    calls.clear()
    print(await val(None) or await val("") or await val("last"), calls)
    calls.clear()
    x = 5
    print(x > 3 or await val("no"), x < 3 and await val("no"), calls)
    print(not await val(0), [await val(1) or await val(2) for _ in range(2)], calls)


asyncio.run(main())
