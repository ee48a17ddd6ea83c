import asyncio

tick = 0


def ticker(loop):
    global tick
    tick += 1
    loop.call_soon(ticker, loop)


async def immediate():
    return 1


async def one_sleep0():
    await asyncio.sleep(0)
    return 1


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(ticker, loop)
    await asyncio.sleep(0)

    async def measure(label, aw):
        t0 = tick
        await aw
        print(label, tick - t0)

    await measure("sleep0", asyncio.sleep(0))
    await measure("coroutine", immediate())
    f = loop.create_future()
    f.set_result(1)
    await measure("finished_future", f)
    t = asyncio.create_task(immediate())
    await measure("new_task", t)
    await measure("finished_task", t)
    f = loop.create_future()
    loop.call_soon(f.set_result, 1)
    await measure("call_soon_future", f)
    await measure("gather_coro", asyncio.gather(immediate()))
    await measure("gather_empty", asyncio.gather())
    await measure("wait_for_coro_1", asyncio.wait_for(immediate(), 1))
    await measure("wait_for_none", asyncio.wait_for(immediate(), None))
    await measure("shield_coro", asyncio.shield(immediate()))
    await measure("task_sleep0", asyncio.create_task(one_sleep0()))
    q = asyncio.Queue()
    q.put_nowait(1)
    await measure("queue_get_ready", q.get())
    e = asyncio.Event()
    e.set()
    await measure("event_set", e.wait())


asyncio.run(main())
