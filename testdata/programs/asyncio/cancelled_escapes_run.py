# A CancelledError escaping main ends the program with asyncio.exceptions.CancelledError.
import asyncio


async def main():
    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    print("awaiting a cancelled task")
    await t


asyncio.run(main())
