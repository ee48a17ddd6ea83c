# await_chain: a chain of DEPTH coroutines, each awaiting the next, run
# RUNS times; then N sequential awaits of a coroutine that returns at once.
# Prints both sums.
import asyncio
import sys


async def chain(depth):
    if depth == 0:
        return 1
    return await chain(depth - 1) + 1


async def ready(i):
    return i


async def main(depth, runs, n):
    deep = 0
    for _ in range(runs):
        deep += await chain(depth)
    flat = 0
    for i in range(n):
        flat += await ready(i)
    print("chain", deep, "ready", flat)


args = [int(a) for a in sys.argv[1:]]
asyncio.run(main(*(args or [500, 2000, 1_000_000])))
