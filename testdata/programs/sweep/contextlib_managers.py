import asyncio
import contextlib
from contextlib import asynccontextmanager, contextmanager, suppress


@contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError as e:
        log.append(f"handled {e}")
    finally:
        log.append(f"</{name}>")


@contextmanager
def converting():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"converted {e}") from e


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


class Pool:
    def __init__(self):
        self.free = ["c1", "c2"]

    @asynccontextmanager
    async def connection(self):
        conn = self.free.pop(0)
        print("acquire", conn)
        try:
            await asyncio.sleep(0.01)
            yield conn
        finally:
            self.free.append(conn)
            print("release", conn, "free:", self.free)

    @contextmanager
    def borrowed(self):
        yield len(self.free)


class Closeable:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)

    async def aclose(self):
        await asyncio.sleep(0)
        print("aclosed", self.name)


async def ticker(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("ticker finalised")


async def use(pool, i):
    async with pool.connection() as conn:
        await asyncio.sleep(0.01 * i)
        if i == 2:
            raise ValueError(f"query {i} failed on {conn}")
        return f"{conn}:{i}"


async def main():
    log = []
    with tag("a", log) as t:
        log.append(t)
    with tag("b", log):
        1 / 0
    print(log)
    try:
        with converting():
            {}["x"]
    except LookupError as e:
        print(type(e).__name__, e, repr(e.__cause__))
    for cm in (no_yield(), two_yields()):
        try:
            with cm:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
    with suppress(KeyError, IndexError):
        [][1]
    print("suppressed")
    try:
        with suppress(KeyError):
            int("x")
    except ValueError as e:
        print("not suppressed:", e)
    with contextlib.nullcontext(5) as v:
        print("null", v)
    async with contextlib.nullcontext("async null") as v:
        print(v)
    with contextlib.closing(Closeable("file")) as c:
        print("using", c.name)
    async with contextlib.aclosing(Closeable("stream")):
        pass
    async with contextlib.aclosing(ticker(5)) as t:
        async for x in t:
            if x == 2:
                break
    pool = Pool()
    with pool.borrowed() as n:
        print("free", n)
    results = await asyncio.gather(*(use(pool, i) for i in range(4)), return_exceptions=True)
    print(results)
    print(tag.__name__, type(tag("z", [])).__name__)
    await use(pool, 2)


asyncio.run(main())
