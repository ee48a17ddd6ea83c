# asyncio.TaskGroup: results, names, a failing task cancels its siblings,
# errors collected into an ExceptionGroup.
import asyncio


async def job(n, fail=False):
    try:
        await asyncio.sleep(n / 100)
    except asyncio.CancelledError:
        print("job", n, "cancelled")
        raise
    if fail:
        raise ValueError("job %d failed" % n)
    print("job", n, "done")
    return n * 10


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(n), name="job-%d" % n) for n in (3, 1, 2)]
        print(repr(tg))
    print([t.result() for t in tasks], [t.get_name() for t in tasks])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1, fail=True))
            tg.create_task(job(2, fail=True))
            tg.create_task(job(5))
    except ExceptionGroup as eg:
        print("ExceptionGroup:", eg)
        print([repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(1))
            raise KeyError("body")
    except ExceptionGroup as eg:
        print("body error", repr(eg.exceptions))

    tg = asyncio.TaskGroup()
    coro = job(0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()


asyncio.run(main())
