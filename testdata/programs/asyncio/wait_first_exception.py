# asyncio.wait with FIRST_EXCEPTION stops at the first failure, or waits for all if none fails.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name + " failed")
    return name


async def main():
    ts = [asyncio.create_task(job("a", 0.01)), asyncio.create_task(job("b", 0.02, True)),
          asyncio.create_task(job("c", 0.04))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in ts:
        if t in done:
            print("done:", t.exception() or t.result())
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait([asyncio.create_task(job("d", 0.01)), asyncio.create_task(job("e", 0))],
                                       return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.result() for t in done), len(pending))


asyncio.run(main())
