import asyncio


async def main():
    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timed out")
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer timed out")
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("rescheduled deadline hit")
            raise
        finally:
            print("leaving block")
    print("not printed")


try:
    asyncio.run(main())
except TimeoutError:
    print("TimeoutError escaped")
