# A retry loop: try/except inside for with awaits, counting attempts, for/else when all fail.
import asyncio

attempts = {"n": 0}


async def flaky(succeed_on):
    attempts["n"] += 1
    await asyncio.sleep(0.001)
    if attempts["n"] < succeed_on:
        raise ConnectionError(f"attempt {attempts['n']} failed")
    return f"ok on attempt {attempts['n']}"


async def retry(succeed_on, tries):
    attempts["n"] = 0
    for _ in range(tries):
        try:
            result = await flaky(succeed_on)
        except ConnectionError as e:
            print("  retrying after:", e)
            await asyncio.sleep(0.001)
            continue
        else:
            return result
    else:
        return "gave up"


async def main():
    print(await retry(3, 5))
    print(await retry(10, 2))


asyncio.run(main())
