import asyncio


async def survivor():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("survivor swallowed it")
    await asyncio.sleep(0)
    print("survivor goes on")
    return "survived"


async def main():
    s = asyncio.create_task(survivor())
    await asyncio.sleep(0)
    s.cancel()
    print("result:", await s, "cancelled:", s.cancelled(), "cancelling:", s.cancelling())
    print("uncancel ->", s.uncancel(), s.uncancel())


asyncio.run(main())
