# athrow() raises an exception at the async generator's yield; it may handle it and yield again.
import asyncio


async def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            await asyncio.sleep(0)
            print("generator handled", e)
            n += 100
        n += 1


async def main():
    g = resilient()
    print(await g.__anext__())
    print(await g.athrow(ValueError("bad")))
    print(await g.__anext__())
    try:
        await g.athrow(KeyError("fatal"))
    except KeyError as e:
        print("KeyError propagated", e)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("generator finished")


asyncio.run(main())
