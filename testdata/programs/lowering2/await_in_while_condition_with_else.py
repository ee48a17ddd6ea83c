# await in a while condition combined with while/else, break and continue.
import asyncio

state = {"n": 0}


async def more(limit):
    await asyncio.sleep(0)
    state["n"] += 1
    return state["n"] <= limit


async def main():
    seen = []
    while await more(5):
        if state["n"] == 2:
            continue
        seen.append(state["n"])
    else:
        print("condition became false, else ran:", seen)
    state["n"] = 0
    while await more(10):
        if state["n"] == 3:
            print("break at 3")
            break
    else:
        print("never")
    while not await more(0) and state["n"] < 0:
        print("never")
    print("final n", state["n"])


asyncio.run(main())
