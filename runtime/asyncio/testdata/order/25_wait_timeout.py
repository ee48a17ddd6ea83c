import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    print("job", name, "ends")
    return name


async def main():
    ts = [asyncio.create_task(job("fast", 0.01)), asyncio.create_task(job("slow", 0.05))]
    done, pending = await asyncio.wait(ts, timeout=0.03)
    print("done", len(done), "pending", len(pending), "slow cancelled:", ts[1].cancelled())
    await ts[1]
    print("slow finished after all")


asyncio.run(main())
