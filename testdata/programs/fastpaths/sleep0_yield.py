# await asyncio.sleep(0) compiles to a bare yield to the task: the order of
# wake-ups, cancellation at it (with and without a message), a value used in
# an expression, and a sleep(0) whose task is cancelled before it starts.
import asyncio

log = []


async def spinner(name, n):
    for i in range(n):
        log.append((name, i))
        await asyncio.sleep(0)
    return name


async def victim(msg):
    try:
        while True:
            await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        log.append(("cancelled", e.args))
        raise


async def value_in_expression():
    return [await asyncio.sleep(0), 1 + (await asyncio.sleep(0) is None)]


async def main():
    print(await asyncio.gather(spinner("a", 3), spinner("b", 2), spinner("c", 1)))
    print(log)
    log.clear()
    for msg in (None, "stop"):
        t = asyncio.create_task(victim(msg))
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        t.cancel(msg)
        try:
            await t
        except asyncio.CancelledError as e:
            print("awaited:", e.args, t.cancelled())
    print(log)
    print(await value_in_expression())
    t = asyncio.create_task(spinner("never", 5))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start", t.cancelled())
    t = asyncio.create_task(victim(None))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(t.done(), t.cancelled())


asyncio.run(main())


async def uncaught():
    task = asyncio.current_task()
    asyncio.get_running_loop().call_soon(task.cancel, "bye")
    await asyncio.sleep(0)
    await asyncio.sleep(0)


asyncio.run(uncaught())
