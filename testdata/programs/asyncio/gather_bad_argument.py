# gather wraps its arguments one after another: when one is not awaitable
# it raises TypeError, and the tasks it made for the arguments before it
# run on, their results and exceptions unobserved (nothing is logged).
import asyncio


async def work(i):
    await asyncio.sleep(0)
    print("work", i)
    if i == 2:
        raise ValueError(i)
    return i


async def main():
    for args in [(work(1), work(2), 5, work(3)), (7, work(4)), (work(5), "x")]:
        try:
            await asyncio.gather(*args)
        except TypeError as e:
            print("TypeError", e)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        args[-1].close() if hasattr(args[-1], "close") else None
    try:
        await asyncio.gather(work(6), None, return_exceptions=True)
    except TypeError as e:
        print("TypeError", e)
    fut = asyncio.get_running_loop().create_future()
    try:
        await asyncio.gather(fut, fut, 3)
    except TypeError as e:
        print("TypeError", e, fut.done())
    await asyncio.sleep(0.01)
    print("tasks left", len(asyncio.all_tasks()))


asyncio.run(main())
