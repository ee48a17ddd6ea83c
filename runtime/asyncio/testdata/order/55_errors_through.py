import asyncio


async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("inner failed")


async def main():
    try:
        await asyncio.wait_for(fails(), 1)
    except ValueError as e:
        print("wait_for propagated:", e)
    t = asyncio.create_task(fails())
    try:
        await asyncio.shield(t)
    except ValueError as e:
        print("shield propagated:", e)
    try:
        await asyncio.wait_for(fails(), None)
    except ValueError as e:
        print("wait_for(None) propagated:", e)


asyncio.run(main())
