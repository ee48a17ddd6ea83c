import asyncio


async def worker(name):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    a = asyncio.create_task(worker("a"))
    b = asyncio.create_task(worker("b"))
    print("main created")
    await worker("m")
    await a
    await b
    print("done")


asyncio.run(main())
