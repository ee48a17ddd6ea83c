# await in the expressions of with items (sync context managers) and in the body.
import asyncio


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, *a):
        print("exit", self.name)


async def name(x):
    await asyncio.sleep(0)
    return x


async def main():
    with CM(await name("first")) as a, CM(await name("second")) as b:
        print("body", a, b, await name("inside"))
    try:
        with CM(await name("third")):
            await asyncio.sleep(0)
            raise KeyError("k")
    except KeyError:
        print("KeyError after exit")


asyncio.run(main())
