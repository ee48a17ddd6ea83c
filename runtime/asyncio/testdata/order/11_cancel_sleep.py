import asyncio


async def victim():
    try:
        print("victim sleeping")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("victim caught CancelledError")
        raise
    finally:
        print("victim finally")


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel(), "done:", t.done(), "cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("await raised; cancelled:", t.cancelled())
    print("cancel again ->", t.cancel())


asyncio.run(main())
