import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f.set_result(5)
    try:
        f.set_result(6)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(f.done(), f.result(), f.exception(), f.cancel())
    g = loop.create_future()
    print(g.cancel("why"), g.cancel(), g.cancelled())
    try:
        g.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    h = loop.create_future()
    h.set_exception(ValueError("v"))
    print(type(h.exception()).__name__)
    try:
        await h
    except ValueError as e:
        print("awaited:", e)


asyncio.run(main())
