import asyncio

state = {"n": 0}


async def waiter(cond):
    async with cond:
        v = await cond.wait_for(lambda: state["n"] >= 3)
        print("predicate true:", v, state["n"])


async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    for _ in range(4):
        await asyncio.sleep(0)
        async with cond:
            state["n"] += 1
            print("n =", state["n"])
            cond.notify_all()
    await t


asyncio.run(main())
