# switch: N tasks, each yielding to the loop M times with sleep(0). Prints
# the number of switches made.
import asyncio
import sys


async def spinner(m):
    count = 0
    for _ in range(m):
        await asyncio.sleep(0)
        count += 1
    return count


async def main(n, m):
    counts = await asyncio.gather(*[spinner(m) for _ in range(n)])
    print("switches", sum(counts))


args = [int(a) for a in sys.argv[1:]]
asyncio.run(main(*(args or [1000, 1000])))
