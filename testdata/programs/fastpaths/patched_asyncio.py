# asyncio.sleep, create_task and gather compile to runtime fast paths; once
# the program assigns the module's attributes, the assigned functions run.
import asyncio

calls = []
real_sleep = asyncio.sleep
real_gather = asyncio.gather
real_create_task = asyncio.create_task


async def work(i):
    await asyncio.sleep(0)
    return i * 10


async def logged_sleep(delay, result=None):
    calls.append(("sleep", delay))
    return await real_sleep(delay, result)


def logged_gather(*aws, **kw):
    calls.append(("gather", len(aws)))
    return real_gather(*aws, **kw)


def logged_create_task(coro):
    calls.append(("create_task", type(coro).__name__))
    return real_create_task(coro)


async def round_trip(label):
    t = asyncio.create_task(work(1))
    s = asyncio.sleep(0)
    await s
    got = await asyncio.gather(t, work(2), *[work(i) for i in range(3, 5)])
    items = (work(5), work(6))
    more = await asyncio.gather(*items)
    none = await asyncio.gather()
    print(label, got, more, none, calls)


async def main():
    await round_trip("before")
    asyncio.sleep = logged_sleep
    asyncio.gather = logged_gather
    setattr(asyncio, "create_task", logged_create_task)
    await round_trip("after")
    try:
        await asyncio.sleep("x")
    except TypeError as e:
        print("TypeError", e)
    asyncio.sleep = real_sleep
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError", e)
    print(await asyncio.sleep(0.001, "late"), await asyncio.sleep(True))


asyncio.run(main())
