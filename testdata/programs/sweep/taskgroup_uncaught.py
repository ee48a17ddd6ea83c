import asyncio


class ServiceError(Exception):
    pass


async def flaky(n):
    await asyncio.sleep(0.01 * n)
    if n % 2:
        raise ServiceError(f"odd {n}")
    return n


async def supervisor():
    results = await asyncio.gather(*(flaky(i) for i in range(4)), return_exceptions=True)
    print([r if not isinstance(r, Exception) else f"E({r})" for r in results])
    try:
        await asyncio.gather(flaky(2), flaky(3))
    except ServiceError as e:
        print("gather raised", e)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(flaky(2))
        tg.create_task(flaky(5))


async def main():
    await supervisor()


asyncio.run(main())
