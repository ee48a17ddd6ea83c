# aiter/anext (with a default), the warning classes as exceptions, exit(code)
import asyncio


async def gen():
    yield "a"
    yield "b"


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    it = aiter(gen())
    print(await anext(it), await anext(it), await anext(it, "done"))
    t = aiter(Ticker(2))
    print(await anext(t), await anext(t), await anext(t, None))
    try:
        await anext(t)
    except StopAsyncIteration:
        print("exhausted")
    for cls in (FutureWarning, ResourceWarning, SyntaxWarning, UnicodeWarning):
        try:
            raise cls("x")
        except Warning as w:
            print("warning", type(w).__name__, issubclass(cls, Warning))
        except ValueError as e:
            print("value error", type(e).__name__)


asyncio.run(main())
exit(4)
