# A local set to an int literal and updated in place with values of any
# kind (total += await q.get()) keeps a Go int while the values are ints.
import asyncio


async def produce(q, items):
    for item in items:
        await q.put(item)


async def consume(q, n):
    total = 0
    for _ in range(n):
        total += await q.get()
    return total


async def mixed():
    q = asyncio.Queue()
    results = []
    for items in ([1, 2, 3], [2 ** 62, 2 ** 62, 2 ** 62], [1, 2.5, 3], [True, True, 5], [-7, 10 ** 20, -10 ** 20]):
        asyncio.get_running_loop().create_task(produce(q, items))
        results.append(await consume(q, len(items)))
    print(results)
    try:
        asyncio.get_running_loop().create_task(produce(q, [1, "x"]))
        await consume(q, 2)
    except TypeError as e:
        print("TypeError:", e)


def ops(values):
    acc = 1
    for v in values:
        acc *= v
    prod = acc
    acc = 100
    for v in values:
        acc //= v
    acc2 = 7
    for v in values:
        acc2 %= v + 10
        acc2 -= v
        acc2 |= v
        acc2 ^= v
        acc2 &= 255
    return prod, acc, acc2


def walrus():
    total = 0
    total += (total := 10)
    print(total)
    total = 0
    total += len("abc")
    total += len([1] * 5)
    print(total)
    del total
    try:
        total += len("x")
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def reassigned():
    n = 0
    n += len("ab")
    n = "s"
    n += str(len("xyz"))
    print(n)


async def main():
    await mixed()
    print(ops([3, 5, 7]), ops([2] * 70), ops([True, 2]))
    try:
        ops([0])
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    walrus()
    reassigned()


asyncio.run(main())
