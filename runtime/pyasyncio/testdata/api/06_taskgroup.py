# TaskGroup: create_task with names, results, failure as ExceptionGroup.
import asyncio


def err(e):
    print(type(e).__name__ + ":", e)


async def job(n, fail=False):
    await asyncio.sleep(n / 100)
    if fail:
        raise ValueError("job %d failed" % n)
    print("job", n, "done")
    return n * 10


async def main():
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        a = tg.create_task(job(2), name="two")
        b = tg.create_task(job(1))
        print(a.get_name(), repr(tg))
    print(a.result(), b.result(), repr(tg))
    try:
        async with asyncio.TaskGroup() as tg:
            c = tg.create_task(job(1, fail=True))
            d = tg.create_task(job(5))
    except* ValueError as eg:
        print("caught", repr(eg.exceptions))
    print(c.done(), d.cancelled())
    tg = asyncio.TaskGroup()
    coro = job(0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        err(e)
    coro.close()
    try:
        tg.create_task()
    except TypeError as e:
        err(e)
    try:
        asyncio.TaskGroup(1)
    except TypeError as e:
        err(e)


asyncio.run(main())
