# timers: N tasks sleep distinct delays spread over [0, SPAN_US] microseconds, in
# shuffled order. Each notes, when it wakes, the deadline it asked for
# (loop.time() + delay, read a moment before sleep reads the clock itself).
# Prints how many woke, and how many woke in deadline order: no more than
# SLACK before the deadline of the task woken just before it (the slack
# absorbs the difference between the two clock reads).
import asyncio
import sys

SLACK = 1e-5


async def sleeper(loop, delay, woken):
    deadline = loop.time() + delay
    await asyncio.sleep(delay)
    woken.append(deadline)


async def main(n, span_us):
    loop = asyncio.get_running_loop()
    woken = []
    step = span_us / 1e6 / n
    # 7919 is prime and does not divide n, so i*7919 % n visits every slot.
    delays = [(i * 7919 % n) * step for i in range(n)]
    await asyncio.gather(*[sleeper(loop, d, woken) for d in delays])
    in_order = 1
    for i in range(1, len(woken)):
        if woken[i] > woken[i - 1] - SLACK:
            in_order += 1
    print("woke", len(woken), "in_order", in_order)


args = [int(a) for a in sys.argv[1:]]
asyncio.run(main(*(args or [100_000, 50_000])))
