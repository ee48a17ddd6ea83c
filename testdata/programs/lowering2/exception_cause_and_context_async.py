# raise ... from inside coroutines across awaits: __cause__, __context__, __suppress_context__.
import asyncio


async def fetch(key):
    await asyncio.sleep(0)
    return {"a": 1}[key]


async def get(key):
    try:
        return await fetch(key)
    except KeyError as e:
        await asyncio.sleep(0)
        raise LookupError("missing " + key) from e


async def get_quiet(key):
    try:
        return await fetch(key)
    except KeyError:
        raise ValueError("quiet") from None


async def main():
    print(await get("a"))
    try:
        await get("b")
    except LookupError as e:
        print(repr(e), repr(e.__cause__), e.__cause__ is e.__context__, e.__suppress_context__)
    try:
        await get_quiet("c")
    except ValueError as e:
        print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)


asyncio.run(main())
