import asyncio


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores the cancellation")
    return "kept"


async def main():
    print("result:", await asyncio.wait_for(stubborn(), 0.01))


asyncio.run(main())
