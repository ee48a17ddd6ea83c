# await producing keyword arguments, *args and **kwargs of a call.
import asyncio


async def get(x):
    await asyncio.sleep(0)
    return x


def show(*args, **kwargs):
    return f"{args} {sorted(kwargs.items())}"


async def main():
    print(show(*await get([1, 2]), **await get({"a": 1}), b=await get(2)))
    print(show(await get(0), *(await get("xy")), c=await get(None)))
    print(max(await get(3), await get(9), key=lambda v: -v))


asyncio.run(main())
