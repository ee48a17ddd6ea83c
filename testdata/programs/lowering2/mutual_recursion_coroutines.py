# Mutually recursive coroutines, deep enough to need real delegation, with awaits in between.
import asyncio


async def is_even(n):
    if n == 0:
        return True
    if n % 50 == 0:
        await asyncio.sleep(0)
    return await is_odd(n - 1)


async def is_odd(n):
    if n == 0:
        return False
    return await is_even(n - 1)


async def main():
    print(await is_even(300), await is_odd(301), await is_even(7))


asyncio.run(main())
