import asyncio


async def body():
    print("not printed")


async def main():
    t = asyncio.create_task(body())
    print("cancel ->", t.cancel())
    await asyncio.sleep(0)
    print("cancelled:", t.cancelled(), "done:", t.done())


asyncio.run(main())
