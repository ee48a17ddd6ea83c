import asyncio


async def worker(name, sem):
    async with sem:
        print(name, "in")
        await asyncio.sleep(0.01)
        print(name, "out")


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(f"w{i}", sem) for i in range(4)))
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
