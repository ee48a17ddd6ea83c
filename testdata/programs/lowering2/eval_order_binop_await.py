# Binary operators evaluate the left operand before the right one, even when only the right awaits.
import asyncio

order = []


def s(x):
    order.append(x)
    return x


async def a(x):
    order.append(x)
    await asyncio.sleep(0)
    return x


async def main():
    print(s(1) + await a(2) * s(3) - await a(4), order)
    order.clear()
    print(s("x") + await a("y") + s("z"), order)
    order.clear()
    v = s(10)
    print(v - await a(3), s([1]) + [await a(2)], order)


asyncio.run(main())
