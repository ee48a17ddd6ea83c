"""A job runner on asyncio.TaskGroup: jobs run concurrently in batches; when
one fails the group cancels its siblings, and the failures come back as an
ExceptionGroup handled with except*. (TaskGroup cancels the siblings in the
order of a set, so the cancelled jobs are reported sorted.)"""
import asyncio

cancelled = []


class JobFailed(Exception):
    pass


async def job(name, duration, fail=False):
    try:
        await asyncio.sleep(duration)
        if fail:
            raise JobFailed(f"{name} failed after {duration}s")
        print(f"{name}: done")
        return name.upper()
    except asyncio.CancelledError:
        cancelled.append(name)
        raise


async def run_batch(label, specs):
    print(f"batch {label}")
    failed = False
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = [tg.create_task(job(*spec)) for spec in specs]
    except* JobFailed as group:
        for exc in group.exceptions:
            print(f"  error: {exc}")
        print(f"  cancelled: {sorted(cancelled)}")
        failed = True
    if failed:
        return None
    return [t.result() for t in tasks]


async def main():
    ok = await run_batch("one", [("build", 0.02), ("test", 0.03), ("lint", 0.01)])
    print(f"results: {ok}")
    bad = await run_batch("two", [("fetch", 0.05), ("parse", 0.01, True), ("index", 0.04)])
    print(f"results: {bad}")


asyncio.run(main())
