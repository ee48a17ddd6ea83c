# as_completed with a timeout raises TimeoutError for the results that did not arrive in time.
import asyncio


async def job(d):
    await asyncio.sleep(d)
    return d


async def main():
    tasks = [asyncio.create_task(job(d)) for d in (0.01, 0.05)]
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.03):
            print("got", await fut)
    except asyncio.TimeoutError:
        print("timeout; second task cancelled?", tasks[1].cancelled())
    print(await tasks[1])


asyncio.run(main())
