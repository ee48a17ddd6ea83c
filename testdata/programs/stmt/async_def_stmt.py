# async def: calling creates a coroutine, await runs it; return values and await chains.
import asyncio


async def leaf(x):
    return x * 2


async def middle(x):
    a = await leaf(x)
    b = await leaf(a)
    return a, b


async def main():
    c = middle(3)
    print(type(c).__name__)
    print(await c)
    results = []
    for i in range(3):
        results.append(await leaf(i))
    print(results)


asyncio.run(main())
