# Loop variables and locals stay live across awaits after the loop ends.
import asyncio


async def main():
    for i in range(3):
        last = i * 10
        await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(i, last)
    words = []
    for w in "alpha beta".split():
        words.append(w)
    await asyncio.sleep(0)
    print(w, words)
    for k in []:
        pass
    try:
        print(k)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


asyncio.run(main())
