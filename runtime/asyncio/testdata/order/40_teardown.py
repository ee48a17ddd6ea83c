import asyncio


async def leftover():
    try:
        print("leftover started")
        await asyncio.sleep(10)
    finally:
        print("leftover finally")


async def never():
    print("not printed")


async def main():
    asyncio.create_task(leftover())
    await asyncio.sleep(0)
    asyncio.get_running_loop().call_soon(asyncio.ensure_future, never())
    asyncio.create_task(leftover())
    print("main returns")
    return "main result"


print(asyncio.run(main()))
print("after run")
