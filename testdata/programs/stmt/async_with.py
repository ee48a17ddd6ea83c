# async with: __aenter__/__aexit__ are awaited; suppression and exception info.
import asyncio


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        print("acquire", self.name)
        return self

    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0)
        print("release", self.name, et.__name__ if et else None)
        return self.suppress


async def main():
    async with Resource("a") as r:
        print("using", r.name)
    async with Resource("b", True), Resource("c"):
        raise ValueError("boom")
    print("suppressed by b")
    try:
        async with Resource("d"):
            raise KeyError("k")
    except KeyError:
        print("escaped d")


asyncio.run(main())
