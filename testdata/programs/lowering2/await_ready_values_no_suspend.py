# Awaiting a finished task or a coroutine that never suspends does not yield to the loop.
import asyncio

log = []


async def immediate(x):
    return x


async def ticker():
    for i in range(3):
        log.append(f"tick{i}")
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(ticker())
    done = asyncio.create_task(immediate("done"))
    await asyncio.sleep(0)
    log.append("main resumed")
    for _ in range(3):
        await immediate(None)
        await done
    log.append("main after ready awaits")
    await t
    print(log)


asyncio.run(main())
