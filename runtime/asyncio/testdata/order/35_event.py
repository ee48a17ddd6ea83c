import asyncio


async def waiter(name, ev):
    print(name, "waits")
    await ev.wait()
    print(name, "woke")


async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(n, ev)) for n in ("x", "y", "z")]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    print("set done", ev.is_set())
    await asyncio.gather(*ts)
    ev.clear()
    print("cleared", ev.is_set())


asyncio.run(main())
