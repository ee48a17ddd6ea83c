# Coroutines that never suspend, awaited directly, next to ones that do:
# results, exceptions through several frames, finally blocks, recursion
# limits, shadowed names and coroutine objects that escape.
import asyncio


async def leaf(x):
    return x * 2


async def middle(x):
    try:
        return await leaf(x) + await leaf(x + 1)
    finally:
        print("middle finally", x)


async def fails(x):
    if x > 2:
        raise ValueError(f"too big: {x}")
    return await fails(x + 1)


async def even(n):
    if n == 0:
        return True
    return await odd(n - 1)


async def odd(n):
    if n == 0:
        return False
    return await even(n - 1)


async def deep(n):
    if n == 0:
        return 0
    return await deep(n - 1) + 1


async def sleeper(x):
    await asyncio.sleep(0)
    return x


async def uses_sleeper(x):
    # Not synchronous: it awaits a coroutine that suspends.
    return await sleeper(x) + 1


async def shadow(leaf):
    # leaf is a parameter here, not the async def.
    return await leaf


async def counter(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
        if i == 3:
            break
    else:
        print("not reached")
    return total


async def catches():
    try:
        await fails(0)
    except ValueError as e:
        print("caught", e)
        return await leaf(21)


order = []


async def ticker(name, n):
    for i in range(n):
        order.append((name, i, await leaf(i)))
        await asyncio.sleep(0)


async def main():
    print(await middle(1))
    print(await catches())
    print(await even(10), await odd(7), await even(7))
    print(await deep(300))
    try:
        await deep(5000)
    except RecursionError as e:
        print("RecursionError:", e)
    print(await uses_sleeper(4))
    print(await shadow(leaf(5)))
    print(await counter(10))
    # A synchronous coroutine's object can still escape the await.
    t = asyncio.create_task(middle(3))
    print(await asyncio.gather(leaf(1), middle(2), t))
    c = leaf(9)
    print(type(c).__name__, await c)
    await asyncio.gather(ticker("a", 3), ticker("b", 3))
    print(order)
    await fails(0)


asyncio.run(main())
