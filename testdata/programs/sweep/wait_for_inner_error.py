import asyncio


async def boom(delay):
    await asyncio.sleep(delay)
    raise KeyError("inner")


async def main():
    for timeout in (None, 1):
        try:
            await asyncio.wait_for(boom(0.01), timeout)
        except KeyError as e:
            print("caught", timeout, repr(e))
    t = asyncio.create_task(boom(0))
    await asyncio.sleep(0.01)
    try:
        await asyncio.wait_for(t, 0)
    except KeyError as e:
        print("caught zero", repr(e))
    await asyncio.wait_for(boom(0.01), None)


asyncio.run(main())
