import asyncio


async def body():
    print("not printed")
    return 1


async def main():
    try:
        await asyncio.wait_for(body(), 0)
    except asyncio.TimeoutError:
        print("TimeoutError at once")
    f = asyncio.get_running_loop().create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))


asyncio.run(main())
