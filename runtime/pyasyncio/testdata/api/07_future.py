# Future and Task methods, iscoroutine/isfuture, sleep's result.
import asyncio


def err(e):
    print(type(e).__name__ + ":", e)


def cb(f):
    print("cb", f.result())


async def child():
    await asyncio.sleep(1)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done(), fut.cancelled(), repr(fut))
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        err(e)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        err(e)
    fut.add_done_callback(cb)
    fut.add_done_callback(cb)
    print(fut.remove_done_callback(cb), fut.remove_done_callback(cb))
    fut.add_done_callback(cb)
    fut.set_result(42)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        err(e)
    await asyncio.sleep(0)
    print(fut.result(), fut.exception(), type(fut.get_loop()).__name__)
    f2 = loop.create_future()
    f2.set_exception(KeyError("k"))
    print(repr(f2.exception()))
    try:
        await f2
    except KeyError as e:
        print("raised", repr(e))
    f3 = loop.create_future()
    print(f3.cancel("stop"), f3.cancel(), f3.cancelled())
    try:
        f3.result()
    except asyncio.CancelledError as e:
        err(e)
    c = child()
    print(asyncio.iscoroutine(c), asyncio.isfuture(c), asyncio.isfuture(fut))
    t = asyncio.create_task(c, name="kid")
    print(asyncio.isfuture(t), asyncio.iscoroutine(t), t.get_coro() is c)
    await asyncio.sleep(0)
    print(t.cancel(msg="bye"))
    try:
        await t
    except asyncio.CancelledError as e:
        err(e)
    print(t.cancelled(), t.done())
    print(await asyncio.sleep(0.01, result="slept"), await asyncio.sleep(0, "zero"))
    print(asyncio.iscoroutinefunction(child), asyncio.iscoroutinefunction(cb))
    print(issubclass(asyncio.CancelledError, BaseException), asyncio.QueueEmpty.__mro__[1].__name__)
    f4 = asyncio.Future()
    print(repr(f4), isinstance(f4, asyncio.Future), repr(asyncio.Timeout(None)))
    print(isinstance(asyncio.TaskGroup(), asyncio.TaskGroup))
    for bad in (lambda: asyncio.Future(1), lambda: asyncio.Future(x=1), lambda: asyncio.Timeout()):
        try:
            bad()
        except TypeError as e:
            err(e)


asyncio.run(main())
