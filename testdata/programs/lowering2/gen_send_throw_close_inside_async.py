# A sync generator driven with send/throw/close from a coroutine, across awaits.
import asyncio


def recorder():
    got = []
    try:
        while True:
            try:
                x = yield len(got)
                got.append(x)
            except KeyError as e:
                got.append("thrown " + str(e))
    except GeneratorExit:
        print("GeneratorExit, collected", got)
        raise


async def main():
    g = recorder()
    print(next(g))
    for v in ("a", "b"):
        await asyncio.sleep(0)
        print(g.send(v))
    print(g.throw(KeyError("k")))
    await asyncio.sleep(0)
    g.close()
    try:
        g.send("x")
    except StopIteration:
        print("send after close raises StopIteration")


asyncio.run(main())
