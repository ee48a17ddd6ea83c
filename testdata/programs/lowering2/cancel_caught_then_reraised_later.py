# A coroutine catches CancelledError, does more awaits, then re-raises: the task ends cancelled.
import asyncio


async def worker(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("caught")
        await asyncio.sleep(0)
        log.append("cleanup awaited")
        raise
    log.append("never")


async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0)
    t.cancel()
    done, _ = await asyncio.wait([t])
    print(log, t.cancelled(), t in done)


asyncio.run(main())
