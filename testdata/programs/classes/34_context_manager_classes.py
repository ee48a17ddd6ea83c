# Context managers written as classes: __enter__/__exit__ with with, and
# async __aenter__/__aexit__ with async with, suppressing or passing on
# exceptions; a lock-like class shared by tasks.
import asyncio


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kinds):
            print("suppressed", repr(exc))
            return True
        return False


class Session:
    opened = 0

    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        Session.opened += 1
        print("open", self.name, Session.opened)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        Session.opened -= 1
        print("close", self.name, exc_type.__name__ if exc_type else None)

    async def query(self, q):
        await asyncio.sleep(0.01)
        if q == "bad":
            raise ValueError(f"bad query in {self.name}")
        return f"{self.name}:{q}"


async def use(name, q):
    async with Session(name) as s:
        return await s.query(q)


async def main():
    with Suppress(KeyError, IndexError):
        [][1]
    with Suppress(KeyError) as sup:
        print("body", type(sup).__name__)
    print(await asyncio.gather(use("a", "x"), use("b", "y")))
    try:
        await use("c", "bad")
    except ValueError as e:
        print("caught", e, Session.opened)
    with Suppress(KeyError):
        raise RuntimeError("not suppressed")


asyncio.run(main())
