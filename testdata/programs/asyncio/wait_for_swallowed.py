# If the task under wait_for swallows its cancellation and returns, wait_for returns that value.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: ignoring cancellation")
    return "kept"


async def zero():
    print("zero timeout body never runs")


async def main():
    print(await asyncio.wait_for(stubborn(), 0.01))
    try:
        await asyncio.wait_for(zero(), 0)
    except TimeoutError:
        print("timeout 0 raised TimeoutError")


asyncio.run(main())
