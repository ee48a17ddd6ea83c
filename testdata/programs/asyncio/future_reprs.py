# Reprs of plain futures in each state, and of asyncio's exception instances.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result([1, 2])
    print(repr(f))
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(repr(h))
    long = loop.create_future()
    long.set_result("x" * 40)
    print(repr(long))
    many = loop.create_future()
    many.set_result(list(range(10)))
    print(repr(many))
    print(repr(asyncio.CancelledError()), repr(asyncio.CancelledError("why")), repr(TimeoutError()))
    print(repr(asyncio.InvalidStateError("bad")), repr(asyncio.QueueEmpty()))


asyncio.run(main())
