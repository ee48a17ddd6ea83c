# A class statement inside a coroutine: its methods (plain and async)
# capture the coroutine's variables across suspensions; class-body reads
# fall back to globals (x = x + 1 reads the global x).
import asyncio

x = 10


async def main():
    events = []
    total = 0

    class Recorder:
        x = x + 1
        prefix = "rec"

        def add(self, item):
            events.append(f"{self.prefix}:{item}")
            return len(events)

        async def add_later(self, item, delay):
            nonlocal total
            await asyncio.sleep(delay)
            total += 1
            return self.add(item) + total * 100

        async def who(self):
            await asyncio.sleep(0)
            return __class__.__name__ + "/" + type(self).__name__

    r = Recorder()
    print(r.add("a"), Recorder.x, x)
    results = await asyncio.gather(r.add_later("slow", 0.02), r.add_later("fast", 0.01))
    print(results, events, total)
    await asyncio.sleep(0)
    print(await r.who())


asyncio.run(main())
