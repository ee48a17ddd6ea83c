import asyncio


async def task(name):
    print("task", name)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "cb1")
    t = asyncio.create_task(task("t1"))
    loop.call_soon(print, "cb2")
    loop.call_later(0, print, "later0")
    loop.call_soon(print, "cb3")
    print("main before sleep")
    await asyncio.sleep(0)
    print("main after one sleep(0)")
    await asyncio.sleep(0)
    print("main after two")
    await t


asyncio.run(main())
