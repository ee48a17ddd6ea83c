# global state changed by several coroutines; plain functions called from coroutines.
import asyncio

total = 0
events = []


def record(msg):
    events.append(msg)


async def add(n):
    global total
    for _ in range(3):
        total += n
        record(f"add {n} -> {total}")
        await asyncio.sleep(0)


async def main():
    await asyncio.gather(add(1), add(10))
    print(total)
    for e in events:
        print(e)


asyncio.run(main())
