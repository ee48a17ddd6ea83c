# A task cancelled while awaiting inside an except handler: CancelledError's context is the handled error.
import asyncio

seen = {}


async def worker():
    try:
        raise ValueError("being handled")
    except ValueError:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as c:
            seen["context"] = repr(c.__context__)
            raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled(), seen)


asyncio.run(main())
