import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    print("job", name, "ends")
    if fail:
        raise RuntimeError(name)
    return name


async def main():
    ts = [asyncio.create_task(job("a", 0.01)), asyncio.create_task(job("b", 0.02, True)),
          asyncio.create_task(job("c", 0.04))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("done", len(done), "pending", len(pending))
    print("b failed with", ts[1].exception())
    await asyncio.wait(pending)
    print("c:", ts[2].result())


asyncio.run(main())
