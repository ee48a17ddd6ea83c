# continue through a finally that awaits; the loop goes on with the next item.
import asyncio


async def tick(msg):
    await asyncio.sleep(0)
    print(msg)


async def main():
    total = 0
    for j in range(4):
        try:
            if j % 2:
                continue
            total += j
            await tick(f"body {j}")
        finally:
            await tick(f"finally {j}")
    print("total", total)
    n = 0
    while n < 3:
        n += 1
        try:
            try:
                continue
            finally:
                await tick(f"inner finally {n}")
        finally:
            await tick(f"outer finally {n}")
    print("done", n)


asyncio.run(main())
