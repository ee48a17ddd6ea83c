import asyncio


async def sleeper(name):
    try:
        await asyncio.sleep(1)
    finally:
        print("sleeper", name, "finally")


async def failer():
    await asyncio.sleep(0.01)
    raise ValueError("boom")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("a"))
            tg.create_task(failer())
            tg.create_task(sleeper("b"))
            await asyncio.sleep(1)
            print("not printed")
    except* ValueError as eg:
        print("caught", type(eg).__name__, [str(e) for e in eg.exceptions])
    print("main cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
