# return from inside a loop nested in try/finally blocks that await, at two levels.
import asyncio


async def find(items, target):
    try:
        for i, x in enumerate(items):
            try:
                await asyncio.sleep(0)
                if x == target:
                    return i
            finally:
                print("inner finally", i)
        return -1
    finally:
        await asyncio.sleep(0)
        print("outer finally")


async def main():
    print(await find("abc", "b"))
    print(await find("ab", "z"))


asyncio.run(main())
