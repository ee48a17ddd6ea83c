import asyncio


async def inner():
    try:
        await asyncio.sleep(10)
    finally:
        print("inner finally")


async def middle():
    try:
        await inner()
    except asyncio.CancelledError:
        print("middle cleans up")
        await asyncio.sleep(0)
        print("middle re-raises")
        raise


async def outer():
    try:
        await middle()
    finally:
        print("outer finally")


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError", t.cancelled())


asyncio.run(main())
