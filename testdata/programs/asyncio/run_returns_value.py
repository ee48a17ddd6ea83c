# asyncio.run returns the coroutine's result; several runs in sequence each get a fresh loop.
import asyncio


async def compute(x):
    await asyncio.sleep(0.01)
    return x * x


async def main():
    loop = asyncio.get_running_loop()
    print("loop running:", loop.is_running())
    return await compute(7)


print(asyncio.run(main()))
print(asyncio.run(compute(3)))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
