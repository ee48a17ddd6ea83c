# Done callbacks run in registration order, scheduled after completion; remove_done_callback.
import asyncio


def cb(tag):
    def inner(fut):
        print("callback", tag, "result", fut.result())
    return inner


async def job():
    await asyncio.sleep(0.01)
    return 42


async def main():
    t = asyncio.create_task(job())
    first = cb("first")
    t.add_done_callback(first)
    t.add_done_callback(cb("second"))
    gone = cb("removed")
    t.add_done_callback(gone)
    print("removed count:", t.remove_done_callback(gone))
    print("awaited", await t)
    print("after await")
    await asyncio.sleep(0)
    t.add_done_callback(cb("late"))
    print("late callback registered")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
