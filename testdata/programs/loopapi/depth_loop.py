# RecursionError comes at CPython's depth inside the event loop: a task's coroutine runs nine
# frames above the code that called asyncio.run (seven for run_until_complete, six for
# run_forever), callbacks one frame lower than tasks. probe() is the deepest recursion that
# does not raise.
import asyncio


def count(n):
    if n == 0:
        return 0
    return count(n - 1) + 1


def probe():
    lo, hi = 0, 2000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            count(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


async def main(tag):
    print(tag, "main", probe())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: (print(tag, "call_soon", probe()), fut.set_result(1)))
    await fut
    fut = loop.create_future()
    loop.call_later(0.001, lambda: (print(tag, "call_later", probe()), fut.set_result(1)))
    await fut
    t = asyncio.ensure_future(asyncio.sleep(0))
    t.add_done_callback(lambda _: print(tag, "done_cb", probe()))
    await t
    await asyncio.sleep(0)

    async def agen():
        yield probe()

    async for v in agen():
        print(tag, "agen", v)
    print(tag, "gather", await asyncio.gather(asyncio.sleep(0, probe())))


def nested(k, f):
    if k:
        return nested(k - 1, f)
    return f()


print("module", probe())
asyncio.run(main("run"))
loop = asyncio.new_event_loop()
loop.run_until_complete(main("ruc"))
loop.call_soon(lambda: print("run_forever call_soon", probe()))
loop.create_task(main("run_forever"))
loop.call_later(0.5, loop.stop)
loop.run_forever()
nested(5, lambda: loop.run_until_complete(main("nested ruc")))
loop.close()
nested(5, lambda: asyncio.run(main("nested run")))
print("module again", probe())
