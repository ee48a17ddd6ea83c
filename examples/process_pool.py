"""A CPU-bound job off the event loop: counting primes in ranges on a
process pool with run_in_executor, while the loop keeps serving a
heartbeat task."""
import asyncio
from concurrent.futures import ProcessPoolExecutor


def count_primes(lo, hi):
    count = 0
    for n in range(max(lo, 2), hi):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    return count


async def heartbeat(stop):
    beats = 0
    while not stop.is_set():
        beats += 1
        await asyncio.sleep(0.001)
    return beats


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    beat = asyncio.create_task(heartbeat(stop))
    chunks = [(i, i + 25_000) for i in range(0, 100_000, 25_000)]
    with ProcessPoolExecutor(max_workers=2) as pool:
        counts = await asyncio.gather(
            *(loop.run_in_executor(pool, count_primes, lo, hi) for lo, hi in chunks)
        )
    stop.set()
    beats = await beat
    for (lo, hi), count in zip(chunks, counts):
        print(f"primes in [{lo}, {hi}): {count}")
    print(f"total: {sum(counts)}")
    print(f"loop stayed responsive: {beats > 0}")


if __name__ == "__main__":
    asyncio.run(main())
