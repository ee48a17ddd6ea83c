# Closures made in a loop that awaits see the variable's final value (late binding) unless bound by a default argument.
import asyncio


async def main():
    late = []
    bound = []
    for i in range(3):
        await asyncio.sleep(0)
        late.append(lambda: i)
        bound.append(lambda i=i: i)
        await asyncio.sleep(0)
    print([f() for f in late], [f() for f in bound])
    i = 100
    print([f() for f in late])
    fs = []
    n = 0
    while n < 3:
        def show(prefix):
            return prefix + str(n)
        fs.append(show)
        await asyncio.sleep(0)
        n += 1
    print([f("n=") for f in fs])


asyncio.run(main())
