# The pre-asyncio.run API: get_event_loop makes the main thread's loop, set_event_loop and
# new_event_loop, run_until_complete returning the coroutine's result, is_closed/is_running.
import asyncio


async def hello_world():
    await asyncio.sleep(0.01)
    print("Hello World!")
    return 5


async def identity(loop):
    running = asyncio.get_running_loop()
    print("running is loop:", running is loop, asyncio.get_event_loop() is loop)
    print("is_running inside:", loop.is_running())
    print("current task:", asyncio.current_task().get_name())
    return type(running).__name__


loop = asyncio.get_event_loop()
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(hello_world()))
print(loop.run_until_complete(identity(loop)))
loop.close()
print(asyncio.get_event_loop() is loop, loop.is_closed())

loop = asyncio.new_event_loop()
print(asyncio.get_event_loop() is loop)
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(hello_world()))
print(loop.is_closed(), loop.is_running())
print(repr(loop))
loop.close()
loop.close()
print(loop.is_closed(), repr(loop))
print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop))

asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print("TypeError:", e)

# asyncio.run sets its loop as the current one while it runs, and None afterwards.
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


async def main():
    print("run's loop is current:", asyncio.get_event_loop() is asyncio.get_running_loop())
    print("not the old one:", asyncio.get_running_loop() is not loop)


asyncio.run(main())
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("after run:", e)
loop.close()
