import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print("job", name, "done")
    return name


async def main():
    ts = [asyncio.create_task(job(n, d)) for n, d in (("a", 0.03), ("b", 0.01), ("c", 0.05))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("done", sorted(t.result() for t in done), "pending", len(pending))
    done, pending = await asyncio.wait(ts)
    print("done", sorted(t.result() for t in done), "pending", len(pending))


asyncio.run(main())
