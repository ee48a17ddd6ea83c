# Task.result() and Task.exception() for finished, failed and pending tasks.
import asyncio


async def ok():
    return "fine"


async def bad():
    raise LookupError("nope")


async def main():
    a = asyncio.create_task(ok())
    b = asyncio.create_task(bad())
    c = asyncio.create_task(asyncio.sleep(0.01))
    try:
        a.result()
    except asyncio.InvalidStateError as e:
        print("pending result():", e)
    await asyncio.sleep(0)
    print(a.done(), a.result(), a.exception())
    print(b.done(), repr(b.exception()))
    try:
        b.result()
    except LookupError as e:
        print("result() re-raises", repr(e))
    print(c.done())
    await c
    print(c.done(), c.result())


asyncio.run(main())
