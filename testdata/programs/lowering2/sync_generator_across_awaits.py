# A sync generator created in a coroutine keeps its state while the coroutine suspends.
import asyncio


def counter():
    n = 0
    while True:
        n += 1
        yield n


async def consume(name, gen, log):
    for _ in range(3):
        log.append((name, next(gen)))
        await asyncio.sleep(0)


async def main():
    gen = counter()
    log = []
    await asyncio.gather(consume("a", gen, log), consume("b", gen, log))
    print(log)
    squares = (x * x for x in range(5))
    got = []
    for v in squares:
        await asyncio.sleep(0)
        got.append(v)
    print(got)


asyncio.run(main())
