# Future and Task methods: result/exception/done/cancelled, cancel(msg),
# done callbacks and remove_done_callback, set_result/set_exception errors,
# iscoroutine/isfuture, sleep's result.
import asyncio


def report(fut):
    print("callback:", fut.result())


async def child():
    await asyncio.sleep(1)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut.cancelled(), repr(fut))
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.add_done_callback(report)
    fut.add_done_callback(report)
    print("removed", fut.remove_done_callback(report))
    fut.add_done_callback(report)
    loop.call_later(0.01, fut.set_result, "hello")
    print(await fut, fut.done(), fut.exception())
    try:
        fut.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

    bad = loop.create_future()
    bad.set_exception(ValueError("boom"))
    print(repr(bad.exception()))
    try:
        await bad
    except ValueError as e:
        print("awaited:", e)

    c = child()
    print(asyncio.iscoroutine(c), asyncio.isfuture(c), asyncio.isfuture(fut))
    t = asyncio.create_task(c, name="child")
    print(asyncio.isfuture(t), t.get_coro() is c, t.get_name())
    await asyncio.sleep(0)
    print(t.cancel("enough"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("CancelledError:", e)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises CancelledError:", e)
    print(await asyncio.sleep(0.01, result="slept"))
    print(asyncio.iscoroutinefunction(child), asyncio.iscoroutinefunction(report))


asyncio.run(main())
