# spawn_gather: N tasks that each yield to the loop once and return an int;
# one gather collects them all. Prints the sum of the results.
import asyncio
import sys


async def work(i):
    await asyncio.sleep(0)
    return i


async def main(n):
    results = await asyncio.gather(*[work(i) for i in range(n)])
    print("sum", sum(results))


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000))
