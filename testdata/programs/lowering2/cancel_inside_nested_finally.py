# Cancellation arrives inside nested try/finally blocks; each finally awaits and runs in order.
import asyncio


async def worker():
    try:
        try:
            print("worker sleeping")
            await asyncio.sleep(1)
        finally:
            print("inner finally start")
            await asyncio.sleep(0.001)
            print("inner finally end")
    finally:
        print("outer finally start")
        await asyncio.sleep(0)
        print("outer finally end")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("worker cancelled:", t.cancelled())


asyncio.run(main())
