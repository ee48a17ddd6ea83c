# await inside f-string replacement fields, conversions and nested format specs.
import asyncio


async def get(x):
    await asyncio.sleep(0)
    return x


async def main():
    print(f"[{await get('v')}] [{await get('r')!r}] [{await get(3.14159):.{await get(2)}f}]")
    print(f"[{await get('x'):>{await get(5)}}] [{await get(255):#x}] [{await get([1]) + [2]}]")
    n = 3
    print(f"{n} {await get(n) * 2} {n}")


asyncio.run(main())
