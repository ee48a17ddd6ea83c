# Task.cancel: before the first step, while sleeping, after completion; cancelled() and done().
import asyncio


async def body(name):
    print(name, "started")
    try:
        await asyncio.sleep(1)
    finally:
        print(name, "finally")


async def quick():
    return 1


async def main():
    t = asyncio.create_task(body("early"))
    print("cancel before start:", t.cancel(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("early cancelled:", t.cancelled())
    t = asyncio.create_task(body("sleeping"))
    await asyncio.sleep(0)
    print("cancel while sleeping:", t.cancel(), t.done(), t.cancelling())
    await asyncio.sleep(0)
    print("after one iteration:", t.done(), t.cancelled())
    q = asyncio.create_task(quick())
    await q
    print("cancel after done:", q.cancel(), q.cancelled(), q.result())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() of a cancelled task raises CancelledError")


asyncio.run(main())
