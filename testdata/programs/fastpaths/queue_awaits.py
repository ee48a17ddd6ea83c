# "await o.get()" and "await o.put(x)" await an asyncio queue's own
# operations directly in compiled code; every other receiver (subclasses
# that override them, user classes, instance attributes, bad calls) must
# see Python's method calls.
import asyncio


class Logged(asyncio.Queue):
    async def put(self, item):
        print("put", item)
        await super().put(item)

    async def get(self):
        item = await super().get()
        print("got", item)
        return item


class Plain(asyncio.Queue):
    pass


class Store:
    def __init__(self):
        self.items = []

    async def put(self, item):
        self.items.append(item)

    async def get(self):
        await asyncio.sleep(0)
        return self.items.pop(0)


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    out = []
    while (item := await q.get()) is not None:
        out.append(item)
    return out


async def main():
    for q in (asyncio.Queue(1), Logged(2), Plain(), Store()):
        _, got = await asyncio.gather(producer(q, 4), consumer(q))
        print(type(q).__name__, got)
    lifo, prio = asyncio.LifoQueue(), asyncio.PriorityQueue()
    for v in (3, 1, 2):
        await lifo.put(v)
        await prio.put((v, str(v)))
    print([await lifo.get() for _ in range(3)], [await prio.get() for _ in range(3)])
    q = asyncio.Queue(1)
    await q.put("first")
    blocked = asyncio.create_task(q.put("second"))
    await asyncio.sleep(0)
    blocked.cancel()
    try:
        await blocked
    except asyncio.CancelledError:
        print("put cancelled", q.qsize(), await q.get(), q.qsize())
    waiting = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    await q.put("handed")
    print(await waiting)
    odd = Store()
    odd.get = lambda: asyncio.sleep(0, "instance attribute")
    print(await odd.get())
    try:
        await q.put()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await (1).get()
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        print("timed out", q.empty())


asyncio.run(main())
