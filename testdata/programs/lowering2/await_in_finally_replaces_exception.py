# An exception raised after an await inside finally replaces the pending one and chains it.
import asyncio


async def failing_cleanup():
    await asyncio.sleep(0)
    raise KeyError("cleanup failed")


async def work():
    try:
        raise ValueError("body failed")
    finally:
        await failing_cleanup()


async def main():
    try:
        await work()
    except KeyError as e:
        print("got", repr(e), "context", repr(e.__context__))


asyncio.run(main())
