# Several async generators consumed concurrently by tasks interleave at their awaits.
import asyncio


async def numbers(tag, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield f"{tag}{i}"


async def drain(tag, n, delay, log):
    async for v in numbers(tag, n, delay):
        log.append(v)
    return tag


async def main():
    log = []
    print(await asyncio.gather(drain("a", 3, 0.02, log), drain("b", 2, 0.05, log)))
    print(log)


asyncio.run(main())
