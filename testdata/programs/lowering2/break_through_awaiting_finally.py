# break through a finally that awaits, in while and for loops, with else skipped.
import asyncio


async def tick(msg):
    await asyncio.sleep(0)
    print(msg)


async def main():
    i = 0
    while True:
        try:
            i += 1
            if i == 3:
                break
        finally:
            await tick(f"finally i={i}")
    print("after while, i =", i)
    for j in range(5):
        try:
            if j == 1:
                break
            await tick(f"body j={j}")
        finally:
            await tick(f"finally j={j}")
    else:
        print("never")
    print("after for, j =", j)


asyncio.run(main())
