# Recursive coroutines: a tree sum with awaits at every level, and recursion through gather.
import asyncio

tree = [1, [2, [3, 4]], [5, [6, [7, [8]]]]]


async def total(node, depth=0):
    await asyncio.sleep(0)
    if isinstance(node, int):
        return node
    s = 0
    for child in node:
        s += await total(child, depth + 1)
    return s


async def depth(node):
    if isinstance(node, int):
        return 0
    ds = await asyncio.gather(*(depth(c) for c in node))
    return 1 + max(ds)


async def countdown(n):
    if n == 0:
        return ["liftoff"]
    await asyncio.sleep(0)
    return [n] + await countdown(n - 1)


async def main():
    print(await total(tree), await depth(tree), await countdown(5))


asyncio.run(main())
