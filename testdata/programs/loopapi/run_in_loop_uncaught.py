# asyncio.run called from a running loop, not caught: the traceback, then the refused
# coroutine reported as never awaited while the interpreter shuts down.
import asyncio


async def inner():
    return 1


async def main():
    print("main")
    asyncio.run(inner())


asyncio.run(main())
