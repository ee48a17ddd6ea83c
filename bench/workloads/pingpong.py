# pingpong: two tasks exchange N messages through two Queue(maxsize=1), N/2
# each way: ping sends a number, pong sends it back plus one. Prints the sum
# of the replies.
import asyncio
import sys


async def ping(out, back, rounds):
    total = 0
    for i in range(rounds):
        await out.put(i)
        total += await back.get()
    return total


async def pong(inbox, reply, rounds):
    for _ in range(rounds):
        reply_to = await inbox.get()
        await reply.put(reply_to + 1)


async def main(messages):
    there = asyncio.Queue(maxsize=1)
    back = asyncio.Queue(maxsize=1)
    rounds = messages // 2
    total, _ = await asyncio.gather(ping(there, back, rounds), pong(there, back, rounds))
    print("sum", total)


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 500_000))
