import asyncio


def blocking(x):
    return x * 2


async def main():
    print(await asyncio.to_thread(blocking, 21))
    print(await asyncio.get_running_loop().run_in_executor(None, blocking, 5))


asyncio.run(main())
