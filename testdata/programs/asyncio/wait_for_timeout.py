# wait_for cancels the inner task on timeout and waits for its cleanup before raising TimeoutError.
import asyncio


async def slow():
    try:
        await asyncio.sleep(1)
        return "never"
    except asyncio.CancelledError:
        print("slow: cancelled, cleaning up")
        await asyncio.sleep(0)
        print("slow: cleanup done")
        raise


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, repr(e.__cause__))
    print(asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(asyncio.sleep(0.01, result="fast"), timeout=0.05))
    print(await asyncio.wait_for(asyncio.sleep(0, result="no timeout"), None))


asyncio.run(main())
