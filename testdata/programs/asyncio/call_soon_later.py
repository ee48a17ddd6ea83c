# call_soon runs callbacks in FIFO order; call_later/call_at fire in deadline order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    log = []

    def note(msg):
        log.append(msg)

    loop.call_later(0.03, note, "later 0.03")
    loop.call_later(0.01, note, "later 0.01")
    loop.call_at(loop.time() + 0.02, note, "at +0.02")
    loop.call_soon(note, "soon 1")
    loop.call_soon(note, "soon 2")
    loop.call_later(0, note, "later 0")
    loop.call_later(0.04, done.set_result, None)
    await done
    print(log)


asyncio.run(main())
