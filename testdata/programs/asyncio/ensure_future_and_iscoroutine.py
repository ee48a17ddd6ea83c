# ensure_future wraps coroutines in tasks and passes futures through; iscoroutine checks.
import asyncio


async def coro():
    await asyncio.sleep(0)
    return "coro done"


async def main():
    c = coro()
    print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(coro), asyncio.iscoroutinefunction(print))
    t = asyncio.ensure_future(c)
    print(isinstance(t, asyncio.Task), isinstance(t, asyncio.Future))
    print(asyncio.ensure_future(t) is t)
    print(await t)
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f, isinstance(f, asyncio.Task))
    f.set_result(None)
    await f


asyncio.run(main())
