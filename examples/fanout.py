"""Fan-out/fan-in: one query goes to several replicas; the aggregator takes
results as they complete, stops waiting at a deadline, and merges what it
got. Replica latencies are fixed, so the order is deterministic."""
import asyncio

REPLICAS = {
    "eu-1": (0.03, {"apples": 3, "pears": 1}),
    "eu-2": (0.01, {"apples": 2, "plums": 5}),
    "us-1": (0.05, {"pears": 4}),
    "ap-1": (0.20, {"apples": 100}),  # too slow for the deadline
}


async def query(replica):
    latency, counts = REPLICAS[replica]
    await asyncio.sleep(latency)
    return replica, counts


async def aggregate(deadline):
    tasks = [asyncio.create_task(query(r)) for r in REPLICAS]
    merged = {}
    answered = []
    try:
        for next_done in asyncio.as_completed(tasks, timeout=deadline):
            replica, counts = await next_done
            answered.append(replica)
            for key, value in counts.items():
                merged[key] = merged.get(key, 0) + value
            print(f"{replica} answered: {counts}")
    except asyncio.TimeoutError:
        print(f"deadline of {deadline}s reached")
    for task in tasks:
        task.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    cancelled = sum(1 for r in results if isinstance(r, asyncio.CancelledError))
    return merged, answered, cancelled


async def main():
    merged, answered, cancelled = await aggregate(0.1)
    print(f"answered: {answered}, cancelled: {cancelled}")
    for key in sorted(merged):
        print(f"{key:>7}: {merged[key]}")


asyncio.run(main())
