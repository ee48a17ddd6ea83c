# await in comprehension conditions, element expressions, dict keys and values, nested loops.
import asyncio


async def is_even(x):
    await asyncio.sleep(0)
    return x % 2 == 0


async def sq(x):
    await asyncio.sleep(0)
    return x * x


async def main():
    print([x for x in range(8) if await is_even(x)])
    print({await sq(k): await sq(k + 1) for k in range(3)})
    print({await sq(x) % 3 for x in range(5)} == {0, 1})
    print([(a, await sq(b)) for a in range(3) for b in range(a) if not await is_even(a + b)])
    print([[await sq(i + j) for j in range(2)] for i in range(2)])


asyncio.run(main())
