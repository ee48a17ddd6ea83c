# A failing TaskGroup child cancels its siblings; the group raises an ExceptionGroup.
import asyncio


async def long(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled by the group")
        raise


async def fail(msg, d):
    await asyncio.sleep(d)
    raise ValueError(msg)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(long("l1"))
            tg.create_task(fail("first", 0.01))
            tg.create_task(long("l2"))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("a", 0))
            tg.create_task(fail("b", 0))
    except* ValueError as eg:
        print("except* got", sorted(str(e) for e in eg.exceptions))


asyncio.run(main())
