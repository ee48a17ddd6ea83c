# Tasks created in a loop from inner coroutine functions capture the loop variable by reference.
import asyncio


async def main():
    results = []
    tasks = []
    for i in range(3):
        async def job():
            await asyncio.sleep(0)
            results.append(i)
        tasks.append(asyncio.create_task(job()))
    await asyncio.gather(*tasks)
    print("late binding:", results)
    results.clear()
    for i in range(3):
        async def job(i=i):
            await asyncio.sleep(0)
            results.append(i)
        await job()
    print("default binding:", results)


asyncio.run(main())
