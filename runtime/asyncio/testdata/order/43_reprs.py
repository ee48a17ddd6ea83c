import asyncio


async def foo():
    await asyncio.sleep(0.01)
    return "Foo!"


async def boom():
    raise ValueError("boom")


async def big():
    return list(range(100))


def cb(fut):
    pass


def r(x):
    return repr(x).replace(__file__, "FILE")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(foo())
    print(r(t))
    t.add_done_callback(cb)
    await asyncio.sleep(0)
    print(r(t))
    await t
    print(r(t))
    e = asyncio.create_task(boom())
    await asyncio.sleep(0)
    print(r(e))
    e.exception()
    c = asyncio.create_task(foo(), name="worker")
    await asyncio.sleep(0)
    c.cancel()
    print(r(c))
    try:
        await c
    except asyncio.CancelledError:
        pass
    print(r(c))
    b = asyncio.create_task(big())
    await b
    print(r(b))
    f = loop.create_future()
    print(r(f))
    f.add_done_callback(cb)
    print(r(f))
    f.set_result("x" * 100)
    print(r(f))
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    print(r(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(r(h))
    many = loop.create_future()
    for _ in range(4):
        many.add_done_callback(cb)
    print(r(many))
    two = loop.create_future()
    two.add_done_callback(cb)
    two.add_done_callback(cb)
    print(r(two))
    print(r(asyncio.gather()))
    hd = loop.call_soon(cb, None)
    print(r(hd))
    hd.cancel()
    print(r(hd))
    print(r((1, "a")))


asyncio.run(main())
