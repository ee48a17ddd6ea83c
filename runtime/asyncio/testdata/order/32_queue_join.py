import asyncio


async def worker(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(0)
        print(name, "processed", item)
        q.task_done()


async def main():
    q = asyncio.Queue()
    for i in range(4):
        q.put_nowait(i)
    ws = [asyncio.create_task(worker(n, q)) for n in ("w1", "w2")]
    await q.join()
    print("all processed")
    for w in ws:
        w.cancel()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
