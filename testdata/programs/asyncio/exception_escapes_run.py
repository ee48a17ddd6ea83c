# An exception escaping asyncio.run ends the program: traceback on stderr, exit status 1.
import asyncio


async def inner():
    await asyncio.sleep(0)
    raise ValueError("boom from inner")


async def main():
    print("before")
    await inner()
    print("never")


asyncio.run(main())
