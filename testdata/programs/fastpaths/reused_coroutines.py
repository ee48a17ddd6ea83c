# Awaits of module-level coroutines: the awaiting function keeps and reuses
# the finished callee's state machine, which must never show through.
import asyncio


async def leaf(i):
    if i % 7 == 3:
        raise ValueError(f"bad {i}")
    return [i, i * i]


async def chain(depth, acc):
    if depth == 0:
        return acc
    acc.append(depth)
    return await chain(depth - 1, acc) + [await leaf(depth * 2)]


async def yielding(i):
    await asyncio.sleep(0)
    return i


async def twice(i):
    a = await leaf(i)
    b = await leaf(i + 1)
    return a, b


async def worker(name, n):
    got = []
    for i in range(n):
        got.append(await yielding(i))
    return name, got


async def main():
    kept = []
    for i in range(6):
        try:
            kept.append(await leaf(i))
        except ValueError as e:
            kept.append(str(e))
    print(kept)
    print(await chain(4, []))
    print(await chain(2, []))
    print(await twice(1), await twice(5))
    coro = leaf(1)
    print(await coro)
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError", e)
    print(await asyncio.gather(worker("a", 3), worker("b", 2)))
    print([await leaf(i) for i in range(3) if i != 1])


asyncio.run(main())
