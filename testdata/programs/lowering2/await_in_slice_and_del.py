# await in slice bounds, in del targets and in subscript assignment.
import asyncio


async def n(x):
    await asyncio.sleep(0)
    return x


async def main():
    lst = list(range(10))
    print(lst[await n(2):await n(8):await n(2)])
    del lst[await n(0)]
    print(lst)
    del lst[await n(1):await n(3)]
    print(lst)
    d = {"a": 1, "b": 2}
    del d[await n("a")]
    print(d)
    lst[await n(0):await n(2)] = [await n("x")]
    print(lst)


asyncio.run(main())
