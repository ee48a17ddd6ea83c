# In a coroutine, return inside finally (after an await) overrides a return or an exception.
import asyncio


async def override():
    try:
        return "try value"
    finally:
        await asyncio.sleep(0)
        return "finally value"


async def swallow():
    try:
        raise ValueError("swallowed")
    finally:
        await asyncio.sleep(0)
        return "no exception"


async def main():
    print(await override())
    print(await swallow())


asyncio.run(main())
