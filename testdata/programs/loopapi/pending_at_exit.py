# Tasks left pending when a loop is closed (or never closed) are reported as destroyed when
# the program exits, and a task that never started reports its coroutine as never awaited.
import asyncio
import sys


async def sleeper():
    print("sleeper started")
    await asyncio.sleep(10)
    print("never printed")


async def never_started():
    print("never printed either")


loop = asyncio.new_event_loop()
kept = loop.create_task(sleeper())
loop.run_until_complete(asyncio.sleep(0))
print("kept pending:", not kept.done())
loop.close()
print("closed, kept still pending:", not kept.done())

second = asyncio.new_event_loop()
later = second.create_task(never_started())
print("end of module")
