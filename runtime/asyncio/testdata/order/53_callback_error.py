import asyncio


def cb(tag):
    return lambda fut: print("callback", tag, fut.result())


def bad(fut):
    raise RuntimeError("in callback")


def bad_soon():
    raise KeyError("soon")


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(cb(1))
    f.add_done_callback(bad)
    f.add_done_callback(cb(2))
    f.set_result("r")
    loop.call_soon(bad_soon)
    await asyncio.sleep(0)
    print("the loop went on")


asyncio.run(main())
