# A failed task whose exception is retrieved through gather does not disturb the exit status.
import asyncio


async def fails(i):
    await asyncio.sleep(0.001 * i)
    raise RuntimeError(f"fail {i}")


async def main():
    results = await asyncio.gather(*(fails(i) for i in range(3)), return_exceptions=True)
    print([str(r) for r in results])
    t = asyncio.create_task(fails(0))
    await asyncio.sleep(0.01)
    print("exception read:", t.exception())


asyncio.run(main())
