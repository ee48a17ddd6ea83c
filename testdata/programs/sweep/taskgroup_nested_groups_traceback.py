import asyncio


class StepError(Exception):
    pass


def convert(x):
    try:
        return int(x)
    except ValueError as e:
        raise StepError(f"step failed for {x!r}") from e


async def step(x, delay):
    await asyncio.sleep(delay)
    if x == "boom":
        try:
            {}[x]
        except KeyError:
            raise RuntimeError("while looking up")
    return convert(x)


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(step("a", 0.01))
        tg.create_task(step("boom", 0.02))


async def main():
    try:
        raise ExceptionGroup("plain", [ValueError(i) for i in range(17)])
    except* ValueError as eg:
        print("caught", len(eg.exceptions))
    e = ExceptionGroup("made", [TypeError("t")])
    e.add_note("a note on the group")
    try:
        raise e
    except ExceptionGroup as g:
        print(g, g.__notes__)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(step("1", 0.01))
        tg.create_task(step("x", 0.02))
        tg.create_task(inner_group())
        tg.create_task(step("y", 0.05))


asyncio.run(main())
