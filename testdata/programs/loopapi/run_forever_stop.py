# run_forever runs until stop(): from a callback, from a task, from a timer; a stop() before
# run_forever makes it run one iteration; tasks left pending continue on the next run.
import asyncio


async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name + " done"


async def main():
    asyncio.get_running_loop().create_task(ticker("bg", 5))
    await asyncio.sleep(0)
    print("main done", asyncio.current_task().get_name())


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
pending = asyncio.all_tasks(loop)
print("pending after main:", len(pending))
loop.run_until_complete(asyncio.sleep(0))
print("second run")
print(loop.run_until_complete(pending.pop()))
print("left:", len(asyncio.all_tasks(loop)))

t = loop.create_task(ticker("t", 4))
loop.call_soon(loop.stop)
loop.run_forever()
print("after stop callback:", t.done())

loop.stop()
loop.run_forever()
print("after stop first:", t.done())


def timer():
    print("timer at", round(loop.time() - start, 2))
    loop.stop()


start = loop.time()
loop.call_later(0.25, timer)
loop.run_forever()
print("after timer:", t.done(), t.result())


async def stopper():
    await asyncio.sleep(0)
    loop.stop()
    print("stopper called stop")
    await asyncio.sleep(0)
    print("stopper resumed")
    return "stopper result"


s = loop.create_task(stopper())
loop.run_forever()
print("ran once more:", s.done())
print(loop.run_until_complete(s))

try:
    loop.run_until_complete(stopper())
except RuntimeError as e:
    print("RuntimeError:", e)
loop.run_until_complete(asyncio.sleep(0))


def cb(n):
    print("callback", n, asyncio.get_event_loop() is loop)
    if n == 3:
        loop.stop()
    else:
        loop.call_soon(cb, n + 1)


loop.call_soon(cb, 1)
loop.run_forever()
loop.close()
