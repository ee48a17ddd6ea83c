# Conditional expressions with awaits in the test and in either branch; only one branch runs.
import asyncio

trace = []


async def t(x):
    trace.append(x)
    await asyncio.sleep(0)
    return x


async def main():
    for flag in (True, False):
        r = await t("then") if await t(flag) else await t("else")
        print(r, trace)
        trace.clear()
    nested = await t("a") if await t(0) else (await t("b") if await t(1) else await t("c"))
    print(nested, trace)
    print([await t(i) if i % 2 else -i for i in range(4)])


asyncio.run(main())
