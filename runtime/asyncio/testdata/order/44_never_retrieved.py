import asyncio


async def boom():
    raise ValueError("boom")


async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print("task dropped")
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(KeyError("lost"))
    del fut
    print("main done")


asyncio.run(main())
print("after asyncio.run")
