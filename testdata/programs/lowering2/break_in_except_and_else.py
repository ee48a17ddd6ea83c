# break and continue from inside except and else blocks that await.
import asyncio


async def maybe_fail(i):
    await asyncio.sleep(0)
    if i == 2:
        raise ValueError(i)
    return i


async def main():
    for i in range(5):
        try:
            v = await maybe_fail(i)
        except ValueError:
            await asyncio.sleep(0)
            print("failed at", i, "-> break")
            break
        else:
            await asyncio.sleep(0)
            if v == 0:
                print("else: continue at", i)
                continue
            print("else: value", v)
        finally:
            print("finally", i)


asyncio.run(main())
