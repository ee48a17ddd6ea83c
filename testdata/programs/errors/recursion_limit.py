# runaway recursion raises RecursionError, in plain functions and in await chains, and can be caught
def f(n):
    return f(n + 1)

try:
    f(0)
except RecursionError as e:
    print("caught", e)

async def g(n):
    return await g(n + 1)

import asyncio
try:
    asyncio.run(g(0))
except RecursionError as e:
    print("caught async", e)


def g(n):
    return g(n + 1)

g(0)
