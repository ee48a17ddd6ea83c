# The loop's errors: a closed loop, a running loop, another loop running, asyncio.run inside a
# loop (the refused coroutine is reported as never awaited), asyncio.run with a non-coroutine.
import asyncio


async def inner():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    try:
        asyncio.run(inner())
    except RuntimeError as e:
        print("run:", e)
    try:
        loop.run_until_complete(inner())
    except RuntimeError as e:
        print("same loop:", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("same loop forever:", e)
    other = asyncio.new_event_loop()
    try:
        other.run_until_complete(inner())
    except RuntimeError as e:
        print("other loop:", e)
    try:
        other.run_forever()
    except RuntimeError as e:
        print("other loop forever:", e)
    other.close()
    try:
        loop.close()
    except RuntimeError as e:
        print("close:", e)
    print("still running:", loop.is_running(), loop.is_closed())
    return "main done"


print(asyncio.run(main()))

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)

loop = asyncio.new_event_loop()
loop.close()
for name, call in [
    ("run_until_complete", lambda: loop.run_until_complete(asyncio.sleep(0))),
    ("run_forever", loop.run_forever),
    ("call_soon", lambda: loop.call_soon(print)),
    ("call_later", lambda: loop.call_later(1, print)),
    ("call_at", lambda: loop.call_at(1, print)),
    ("call_soon_threadsafe", lambda: loop.call_soon_threadsafe(print)),
    ("run_in_executor", lambda: loop.run_in_executor(None, print)),
    ("create_task", lambda: loop.create_task(inner())),
]:
    try:
        call()
    except RuntimeError as e:
        print(name + ":", e)
print("create_future on a closed loop:", loop.create_future().done())

try:
    loop.create_task(inner(), "positional name")
except TypeError as e:
    print("TypeError:", e)
