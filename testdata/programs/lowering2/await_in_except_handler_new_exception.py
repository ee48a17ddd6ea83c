# await inside an except handler, then a new exception: __context__ is the handled one.
import asyncio


async def log(msg):
    await asyncio.sleep(0)
    print("log:", msg)


async def step():
    try:
        raise ValueError("original")
    except ValueError as e:
        await log("handling " + str(e))
        raise RuntimeError("replacement")


async def main():
    try:
        await step()
    except RuntimeError as e:
        print(repr(e), "context:", repr(e.__context__), "cause:", e.__cause__)
    try:
        try:
            raise KeyError("k")
        except KeyError:
            await log("first handler")
            try:
                raise TypeError("inner")
            except TypeError:
                await log("inner handler")
            raise
    except KeyError as e:
        print("bare raise after nested handler re-raised", repr(e))


asyncio.run(main())
