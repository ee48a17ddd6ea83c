import asyncio


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inside:", e.args)
        raise


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside:", e.args)
    u = asyncio.create_task(sleeper())
    u.cancel("early")
    try:
        await u
    except asyncio.CancelledError as e:
        print("early:", e.args)


asyncio.run(main())
