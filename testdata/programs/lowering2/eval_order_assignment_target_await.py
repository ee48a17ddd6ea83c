# In d[k()] = v(), Python evaluates the value first, then the container and the key, awaits included.
import asyncio

order = []


async def a(x):
    order.append(x)
    await asyncio.sleep(0)
    return x


def s(x):
    order.append(x)
    return x


async def main():
    d = {}
    s(d)[await a("key")] = await a("value")
    print(d, order)
    order.clear()
    lst = [0, 0, 0]
    lst[await a(1)], lst[s(2)] = await a("x"), s("y")
    print(lst, order)
    order.clear()
    x = y = await a("chained")
    print(x, y, order)


asyncio.run(main())
