# Dict displays evaluate key1, value1, key2, value2, ...; ** unpacking in order too.
import asyncio

order = []


async def a(x):
    order.append(x)
    await asyncio.sleep(0)
    return x


async def main():
    d = {await a("k1"): await a("v1"), await a("k2"): await a("v2"), **(await a({"k3": "v3"})), "k1": await a("v1b")}
    print(d)
    print(order)
    order.clear()
    print([await a(1), *(await a([2, 3])), await a(4)], (await a("t"),), order)


asyncio.run(main())
