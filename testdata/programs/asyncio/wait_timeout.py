# asyncio.wait with a timeout returns what finished; nothing is cancelled; empty input is an error.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    ts = [asyncio.create_task(job(d)) for d in (0.01, 0.05)]
    done, pending = await asyncio.wait(ts, timeout=0.03)
    print([t.result() for t in done], len(pending), [t.cancelled() for t in pending])
    done, pending = await asyncio.wait(pending)
    print([t.result() for t in done])
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
