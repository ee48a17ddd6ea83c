# sys.exit(2) inside a coroutine run by asyncio.run exits with status 2; finally blocks run.
import asyncio
import sys


async def main():
    try:
        await asyncio.sleep(0)
        print("exiting from a coroutine")
        sys.exit(2)
    finally:
        print("coroutine finally")


asyncio.run(main())
