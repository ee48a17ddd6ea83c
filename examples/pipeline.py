"""A producer/consumer pipeline: two producers feed a bounded queue, three
workers transform items and pass them to a second queue, and one collector
aggregates. Shutdown uses Queue.join and cancellation of idle workers."""
import asyncio


async def producer(name, queue, items):
    for item in items:
        await queue.put((name, item))
        await asyncio.sleep(0.001)
    print(f"{name}: produced {len(items)} items")


async def worker(wid, inbox, outbox):
    handled = 0
    try:
        while True:
            source, item = await inbox.get()
            await asyncio.sleep(0.002 * (item % 3))
            await outbox.put((source, item, item * item))
            handled += 1
            inbox.task_done()
    except asyncio.CancelledError:
        print(f"worker {wid}: stopped")
        raise


async def collector(outbox, totals):
    while True:
        source, item, square = await outbox.get()
        totals[source] = totals.get(source, 0) + square
        outbox.task_done()


async def main():
    inbox = asyncio.Queue(maxsize=4)
    outbox = asyncio.Queue()
    totals = {}
    workers = [asyncio.create_task(worker(i, inbox, outbox)) for i in range(3)]
    sink = asyncio.create_task(collector(outbox, totals))
    await asyncio.gather(
        producer("evens", inbox, list(range(0, 20, 2))),
        producer("odds", inbox, list(range(1, 20, 2))),
    )
    await inbox.join()
    await outbox.join()
    for task in workers + [sink]:
        task.cancel()
    await asyncio.gather(*workers, sink, return_exceptions=True)
    for source in sorted(totals):
        print(f"{source}: sum of squares {totals[source]}")
    print(f"check: {sum(i * i for i in range(20))} == {sum(totals.values())}")


asyncio.run(main())
