# nonlocal variables updated by nested coroutines across awaits, shared by several tasks.
import asyncio


async def main():
    count = 0
    history = []

    async def bump(tag):
        nonlocal count
        for _ in range(2):
            old = count
            await asyncio.sleep(0)
            count = old + 1
            history.append((tag, count))

    await asyncio.gather(bump("a"), bump("b"))
    print(count, history)

    def reader():
        return count

    count = 42
    await asyncio.sleep(0)
    print(reader())


asyncio.run(main())
