# asyncio.timeout: expiry raises TimeoutError outside the block; expired(); None never expires.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out, expired:", cm.expired())
    async with asyncio.timeout(0.05) as cm:
        await asyncio.sleep(0.01)
    print("in time, expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.01)
        print("deadline:", cm.when())
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                print("finally inside timeout block")
    except TimeoutError:
        print("TimeoutError after finally")


asyncio.run(main())
