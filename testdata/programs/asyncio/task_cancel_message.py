# cancel(msg) passes the message to the CancelledError; a coroutine may catch it and carry on.
import asyncio


async def resilient():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("caught cancellation with args", e.args)
        await asyncio.sleep(0.01)
        return "recovered"


async def victim():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(resilient())
    await asyncio.sleep(0)
    t.cancel("please stop")
    print(await t, t.cancelled())
    v = asyncio.create_task(victim())
    await asyncio.sleep(0)
    v.cancel("bye")
    try:
        await v
    except asyncio.CancelledError as e:
        print("awaiting victim raised CancelledError, args", e.args)


asyncio.run(main())
