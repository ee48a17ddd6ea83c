import asyncio
from contextlib import asynccontextmanager, contextmanager


@contextmanager
def converting():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"converted {e}") from e


@asynccontextmanager
async def guard():
    try:
        yield
    except LookupError:
        raise RuntimeError("guarded")


@asynccontextmanager
async def broken_enter():
    raise OSError("cannot connect")
    yield


async def main():
    try:
        async with broken_enter():
            pass
    except OSError as e:
        print("enter failed", e)
    async with guard():
        with converting():
            {}["x"]


asyncio.run(main())
