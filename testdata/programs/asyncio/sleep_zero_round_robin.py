# sleep(0) yields exactly one loop iteration: tasks interleave round robin.
import asyncio


async def worker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)


async def main():
    log = []
    await asyncio.gather(worker("a", 3, log), worker("b", 2, log), worker("c", 4, log))
    print(" ".join(log))
    print(await asyncio.sleep(0, result="result of sleep"))


asyncio.run(main())
