import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        await asyncio.sleep(0)
        print("inner cleanup finished")
        raise


async def caller():
    try:
        await asyncio.wait_for(inner(), 5)
    except asyncio.CancelledError:
        print("caller sees CancelledError after inner cleanup")
        raise


async def main():
    t = asyncio.create_task(caller())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: caller cancelled", t.cancelled())


asyncio.run(main())
