import asyncio


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_later(0.03, print, "timer 30ms")
    loop.call_later(0.01, print, "timer 10ms")
    h = loop.call_later(0.02, print, "never: cancelled")
    loop.call_later(0.02, print, "timer 20ms")
    loop.call_soon(print, "soon")
    loop.call_later(0.04, done.set_result, None)
    h.cancel()
    print("cancelled:", h.cancelled())
    await done
    print("end")


asyncio.run(main())
