# gather without return_exceptions raises the first exception; the other children keep running.
import asyncio

log = []


async def slow(name):
    await asyncio.sleep(0.02)
    log.append(name + " done")
    return name


async def boom():
    await asyncio.sleep(0.01)
    raise KeyError("boom")


async def main():
    t = asyncio.create_task(slow("sibling"))
    try:
        await asyncio.gather(t, boom())
    except KeyError as e:
        print("gather raised", repr(e))
    print("sibling done?", t.done(), log)
    await asyncio.sleep(0.03)
    print("sibling done?", t.done(), t.result(), log)


asyncio.run(main())
