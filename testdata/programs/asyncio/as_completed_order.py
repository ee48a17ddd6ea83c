# as_completed yields awaitables in completion order.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("x", 0.03), ("y", 0.01), ("z", 0.02)]]
    for fut in asyncio.as_completed(tasks):
        print("completed", await fut)
    order = []
    for fut in asyncio.as_completed([asyncio.create_task(job(i, 0.01 * (4 - i))) for i in range(4)]):
        order.append(await fut)
    print(order)


asyncio.run(main())
