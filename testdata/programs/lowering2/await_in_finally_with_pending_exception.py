# A finally block awaits while an exception is pending; the exception continues afterwards.
import asyncio


async def cleanup(tag):
    await asyncio.sleep(0.001)
    print("cleanup", tag)


async def work(fail):
    try:
        if fail:
            raise ValueError("pending")
        print("work ok")
    finally:
        await cleanup("a")
        await cleanup("b")
    print("after try (only when ok)")


async def main():
    await work(False)
    try:
        await work(True)
    except ValueError as e:
        print("propagated after finally:", e)


asyncio.run(main())
