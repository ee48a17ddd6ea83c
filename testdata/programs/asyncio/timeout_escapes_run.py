# A TimeoutError from wait_for escaping asyncio.run: last stderr line is TimeoutError.
import asyncio


async def main():
    print("waiting")
    await asyncio.wait_for(asyncio.sleep(1), 0.01)


asyncio.run(main())
