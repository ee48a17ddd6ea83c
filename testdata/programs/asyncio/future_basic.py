# loop.create_future: set_result/set_exception, result() states, InvalidStateError, awaiting.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    loop.call_soon(f.set_result, "hello")
    print(await f, f.done())
    try:
        f.set_result("again")
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    print(repr(g.exception()))
    try:
        await g
    except KeyError as e:
        print("await raised KeyError", e)
    h = loop.create_future()
    print(h.cancel(), h.cancelled(), h.done())


asyncio.run(main())
