# cancelling() counts pending cancel requests; uncancel() decrements it.
import asyncio


async def worker():
    for i in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            t = asyncio.current_task()
            print("round", i, "cancelling =", t.cancelling())
            print("uncancel ->", t.uncancel())
    return "survived"


async def main():
    t = asyncio.create_task(worker())
    for _ in range(3):
        await asyncio.sleep(0)
        t.cancel()
    t.cancel()
    print("twice:", t.cancelling())
    print(await t)


asyncio.run(main())
