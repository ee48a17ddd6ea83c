# __aenter__/__aexit__ and __aiter__/__anext__ defined as async methods,
# driven by hand and by async for.
import asyncio


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("open", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("close", self.name, exc_type)
        return False


class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0.01)
        return self.i


async def main():
    r = Resource("db")
    got = await r.__aenter__()
    print(got is r)
    await r.__aexit__(None, None, None)
    async for t in Ticker(3):
        print("tick", t)
    total = 0
    async for t in Ticker(4):
        if t == 3:
            break
        total += t
    print("total", total)


asyncio.run(main())
