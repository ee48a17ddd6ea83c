# loop.run_until_complete accepts a coroutine, a future, a task or another awaitable, returns
# its result or raises its exception, and rejects anything else with CPython's TypeError.
import asyncio


class Custom(Exception):
    pass


async def value(x):
    await asyncio.sleep(0)
    return x


async def fails():
    await asyncio.sleep(0)
    raise Custom("boom")


class Awaitable:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        print("__await__ called")
        yield
        return self.v


loop = asyncio.new_event_loop()
print(loop.run_until_complete(value(1)))

fut = loop.create_future()
loop.call_soon(fut.set_result, "from future")
print(loop.run_until_complete(fut))

done = loop.create_future()
done.set_result("already done")
print(loop.run_until_complete(done))

task = loop.create_task(value(2), name="early")
print(task.get_name(), task.done())
print(loop.run_until_complete(task), task.done())

aw = Awaitable("awaited")
print("before run")
print(loop.run_until_complete(aw))


async def agen():
    yield "first"
    yield "second"


g = agen()
print(loop.run_until_complete(g.__anext__()), loop.run_until_complete(g.asend(None)))
q = asyncio.Queue()
q.put_nowait("queued")
print(loop.run_until_complete(q.get()))
lock = asyncio.Lock()
print(loop.run_until_complete(lock.acquire()), lock.locked())

for bad in (42, None, "text", value, g):
    try:
        loop.run_until_complete(bad)
    except TypeError as e:
        print("TypeError:", e)

try:
    loop.run_until_complete(fails())
except Custom as e:
    print("Custom:", e)

cancelled = loop.create_future()
cancelled.cancel()
try:
    loop.run_until_complete(cancelled)
except asyncio.CancelledError:
    print("CancelledError")

other = asyncio.new_event_loop()
try:
    loop.run_until_complete(other.create_future())
except ValueError as e:
    print("ValueError:", e)
other.close()

# Module-level helpers find the current loop when none is running.
asyncio.set_event_loop(loop)
t = asyncio.ensure_future(value(3))
g = asyncio.gather(value(4), t, asyncio.sleep(0, "s"))
print(loop.run_until_complete(g))
f = asyncio.Future()
print(f.get_loop() is loop)
loop.call_soon(f.set_result, "Future()")
print(loop.run_until_complete(f))
print(loop.run_until_complete(asyncio.wait_for(value(5), 1)))
print(loop.run_until_complete(asyncio.shield(value(6))))
print(loop.run_until_complete(asyncio.sleep(0.5, "slept")))
try:
    asyncio.create_task(value(7))
except RuntimeError as e:
    print("RuntimeError:", e)


async def base_exit():
    await asyncio.sleep(0)
    raise KeyboardInterrupt


try:
    loop.run_until_complete(base_exit())
except KeyboardInterrupt:
    print("KeyboardInterrupt")
print("running:", loop.is_running())
print(loop.run_until_complete(value("after KeyboardInterrupt")))
loop.close()
