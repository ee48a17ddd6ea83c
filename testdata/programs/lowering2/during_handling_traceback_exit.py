# An exception raised while handling another escapes asyncio.run: the last stderr line is the new one.
import asyncio


async def main():
    try:
        await asyncio.sleep(0)
        {}["missing"]
    except KeyError:
        await asyncio.sleep(0)
        print("handling KeyError, about to fail")
        raise RuntimeError("failed during handling")


asyncio.run(main())
