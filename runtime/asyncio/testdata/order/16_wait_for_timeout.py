import asyncio


async def slow():
    try:
        print("slow runs in", asyncio.current_task().get_name())
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled, cleaning up")
        await asyncio.sleep(0)
        print("slow cleanup done")
        raise


async def main():
    try:
        await asyncio.wait_for(slow(), 0.02)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e.__cause__).__name__)


asyncio.run(main())
