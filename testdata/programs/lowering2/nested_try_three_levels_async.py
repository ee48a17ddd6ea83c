# Three nested try statements with awaits in every block; exceptions of different types stop at different levels.
import asyncio


async def a(msg):
    await asyncio.sleep(0)
    print(msg)


async def run(kind):
    try:
        try:
            try:
                await a("try " + kind)
                if kind == "value":
                    raise ValueError(kind)
                if kind == "key":
                    raise KeyError(kind)
                if kind == "type":
                    raise TypeError(kind)
            except ValueError:
                await a("level3 handles value")
            finally:
                await a("level3 finally")
        except KeyError:
            await a("level2 handles key")
        else:
            await a("level2 else")
        finally:
            await a("level2 finally")
    except TypeError:
        await a("level1 handles type")


async def main():
    for k in ("value", "key", "type", "none"):
        await run(k)


asyncio.run(main())
