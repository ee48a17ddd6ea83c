# Handles returned by call_soon/call_later can be cancelled before they run.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    log = []
    h1 = loop.call_later(0.01, log.append, "timer 1")
    h2 = loop.call_later(0.02, log.append, "timer 2")
    h3 = loop.call_soon(log.append, "soon")
    h2.cancel()
    h3.cancel()
    print(h1.cancelled(), h2.cancelled(), h3.cancelled())
    await asyncio.sleep(0.03)
    print(log)


asyncio.run(main())
