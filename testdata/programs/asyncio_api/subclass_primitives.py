# User classes deriving from asyncio.Queue and asyncio.Lock.
import asyncio


class CountingQueue(asyncio.Queue):
    def __init__(self, maxsize=0):
        super().__init__(maxsize)
        self.puts = 0

    def put_nowait(self, item):
        self.puts += 1
        super().put_nowait(item)


class NamedLock(asyncio.Lock):
    def __init__(self, name):
        super().__init__()
        self.name = name

    def __repr__(self):
        return "<NamedLock %s %s>" % (self.name, "locked" if self.locked() else "unlocked")


async def main():
    q = CountingQueue(3)
    for i in range(3):
        q.put_nowait(i)
    print(q.puts, q.qsize(), q.full(), isinstance(q, asyncio.Queue), str(q))
    print(await q.get())
    lock = NamedLock("L")
    async with lock:
        print(repr(lock))
    print(repr(lock))


asyncio.run(main())
