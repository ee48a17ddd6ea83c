# An exception raised three coroutines deep escapes asyncio.run; finally blocks print on the way out.
import asyncio


async def c():
    await asyncio.sleep(0)
    raise IndexError("deep")


async def b():
    try:
        await c()
    finally:
        print("b finally")


async def a():
    try:
        await b()
    finally:
        print("a finally")


asyncio.run(a())
