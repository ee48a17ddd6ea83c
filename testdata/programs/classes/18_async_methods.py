# async def methods: awaited directly, gathered, calling other async
# methods and super() inside a coroutine method.
import asyncio


class Fetcher:
    def __init__(self, name, delay):
        self.name = name
        self.delay = delay
        self.calls = 0

    async def fetch(self, key):
        self.calls += 1
        await asyncio.sleep(self.delay)
        return f"{self.name}:{key}"

    async def fetch_all(self, keys):
        return await asyncio.gather(*[self.fetch(k) for k in keys])


class CachingFetcher(Fetcher):
    def __init__(self, name, delay):
        super().__init__(name, delay)
        self.cache = {}

    async def fetch(self, key):
        if key not in self.cache:
            self.cache[key] = await super().fetch(key)
        return self.cache[key]


async def main():
    f = Fetcher("slow", 0.02)
    c = CachingFetcher("cache", 0.01)
    print(await f.fetch("a"))
    print(await f.fetch_all(["x", "y", "z"]), f.calls)
    print(await c.fetch("k"), await c.fetch("k"), c.calls)
    r = await asyncio.gather(f.fetch(1), c.fetch(2))
    print(r, type(f.fetch).__name__)
    task = asyncio.create_task(c.fetch("t"))
    print(await task)


asyncio.run(main())
