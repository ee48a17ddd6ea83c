# return inside try: the return value is computed first, then finally awaits, then it returns.
import asyncio

log = []


async def note(m):
    await asyncio.sleep(0)
    log.append(m)


async def f():
    x = "first"
    try:
        return x
    finally:
        x = "changed"
        await note("finally ran, x=" + x)


async def g():
    try:
        try:
            return await compute()
        finally:
            await note("inner finally")
    finally:
        await note("outer finally")


async def compute():
    await note("compute")
    return 99


async def main():
    print(await f(), log)
    log.clear()
    print(await g(), log)


asyncio.run(main())
