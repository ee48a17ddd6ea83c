# executor: N run_in_executor calls of a tiny blocking function on the
# default thread pool, gathered. Prints the sum of the results.
import asyncio
import sys


def square(i):
    return i * i


async def main(n):
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*[loop.run_in_executor(None, square, i) for i in range(n)])
    print("sum", sum(results))


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
