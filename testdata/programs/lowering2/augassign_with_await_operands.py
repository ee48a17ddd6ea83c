# Augmented assignment with awaits in the target's index and the value: evaluation order and result.
import asyncio

order = []


async def a(x):
    order.append(x)
    await asyncio.sleep(0)
    return x


async def main():
    d = {"k": 10}
    d[await a("k")] += await a(5)
    print(d, order)
    order.clear()
    lst = [1, 2, 3]
    lst[await a(0)] *= await a(7)
    print(lst, order)
    total = 0
    for i in range(3):
        total += await a(i)
    print(total)


asyncio.run(main())
