# Cancellation is delivered at the innermost await of a coroutine chain; each level's handlers see it on the way out.
import asyncio


async def level3():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("level3 sees cancellation")
        raise


async def level2():
    try:
        await level3()
    finally:
        print("level2 finally")


async def level1():
    try:
        await level2()
    except asyncio.CancelledError:
        print("level1 sees cancellation, returning normally")
        return "absorbed"


async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())


asyncio.run(main())
