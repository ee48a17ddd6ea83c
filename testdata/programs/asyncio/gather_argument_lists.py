# gather over the argument shapes compiled code passes it: a list or
# generator built for the call (which gather may keep), explicit
# arguments, and a list the program still holds (which must not change).
import asyncio


async def work(i):
    await asyncio.sleep(0)
    if i == 13:
        raise ValueError(i)
    return i * i


async def main():
    print(await asyncio.gather(*[work(i) for i in range(5)]))
    print(await asyncio.gather(*(work(i) for i in range(5, 8))))
    print(await asyncio.gather(*[work(8), work(9)]))
    print(await asyncio.gather(work(10), work(11)))
    print(await asyncio.gather(*{work(12)}))
    print(await asyncio.gather())
    aws = [work(i) for i in range(3)]
    res = await asyncio.gather(*aws)
    print(res, len(aws), all(asyncio.iscoroutine(c) for c in aws))
    res.append(99)
    print(res, len(aws))
    futs = [asyncio.ensure_future(work(i)) for i in range(3)]
    res = await asyncio.gather(*futs, *futs)
    print(res, [f.result() for f in futs])
    t = asyncio.ensure_future(work(4))
    print(await asyncio.gather(*[t, t, work(5), t]))
    try:
        await asyncio.gather(*[work(12), work(13), work(14)])
    except ValueError as e:
        print("ValueError", e)
    w3 = work(3)
    try:
        await asyncio.gather(*[work(1), 2, w3])
    except TypeError as e:
        print("TypeError", e)
    w3.close()
    outer = asyncio.gather(*[work(i) for i in range(3)])
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("cancelled", outer.cancelled())
    await asyncio.sleep(0.01)


asyncio.run(main())
