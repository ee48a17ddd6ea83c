import asyncio


async def inner():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(inner())
    outer = asyncio.shield(t)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled too:", outer.cancelled())
    f = asyncio.get_running_loop().create_future()
    f.set_result(3)
    print("done future returned as is:", asyncio.shield(f) is f)


asyncio.run(main())
