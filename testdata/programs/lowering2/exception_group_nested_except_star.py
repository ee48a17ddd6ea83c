# except* with an await in the handler, splitting a TaskGroup's ExceptionGroup by type.
import asyncio


async def fail(exc, d):
    await asyncio.sleep(d)
    raise exc


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v1"), 0))
            tg.create_task(fail(KeyError("k1"), 0))
            tg.create_task(fail(ValueError("v2"), 0))
    except* ValueError as eg:
        await asyncio.sleep(0)
        print("values:", sorted(str(e) for e in eg.exceptions))
    except* KeyError as eg:
        await asyncio.sleep(0)
        print("keys:", [repr(e) for e in eg.exceptions])
    print("after the group")


asyncio.run(main())
