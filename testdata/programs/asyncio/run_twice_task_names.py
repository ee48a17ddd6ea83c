# Task numbering is process-wide: a second asyncio.run continues the counter.
import asyncio


async def main(label):
    t = asyncio.create_task(asyncio.sleep(0))
    await t
    print(label, asyncio.current_task().get_name(), t.get_name())


asyncio.run(main("first"))
asyncio.run(main("second"))
