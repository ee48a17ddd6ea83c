# Arguments are evaluated left to right even when some of them await.
import asyncio

order = []


def s(x):
    order.append(x)
    return x


async def a(x):
    order.append("await " + str(x))
    await asyncio.sleep(0)
    return x


def f(*args, **kwargs):
    order.append("call")
    return args, kwargs


async def main():
    print(f(s(1), await a(2), s(3), k=await a(4), j=s(5)))
    print(order)
    order.clear()
    print(s("callee") and f(await a("x"), *[s("star")], **{"kw": await a("y")}))
    print(order)


asyncio.run(main())
