import asyncio


class FetchError(Exception):
    pass


class NotFound(FetchError):
    def __init__(self, url):
        super().__init__(url)
        self.url = url

    def __str__(self):
        return f"404 for {self.url}"


async def fetch(url: str, delay: float) -> str:
    await asyncio.sleep(delay)
    if "missing" in url:
        raise NotFound(url)
    if "bad" in url:
        raise ValueError(f"malformed url {url!r}")
    return url.upper()


async def run_group(urls):
    results = {}
    try:
        async with asyncio.TaskGroup() as tg:
            for i, u in enumerate(urls):
                results[u] = tg.create_task(fetch(u, 0.01 * (i + 1)))
    except* NotFound as eg:
        print("not found:", [str(e) for e in eg.exceptions])
    except* ValueError as eg:
        print("value errors:", len(eg.exceptions), eg.exceptions[0])
    for u, t in results.items():
        state = "cancelled" if t.cancelled() else ("error" if t.exception() else t.result())
        print(f"  {u:<12} {state}")


async def main():
    await run_group(["a.com", "b.org"])
    await run_group(["a.com", "missing.io", "c.net"])
    await run_group(["bad", "missing", "zzz.com"])
    try:
        raise ExceptionGroup("many", [KeyError("k"), TypeError("t"), KeyError("j")])
    except* KeyError as eg:
        print("keys", eg.exceptions, eg.message)
    except* TypeError as eg:
        print("types", eg.exceptions)
    eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
    match, rest = eg.split(TypeError)
    print(repr(match))
    print(repr(rest))
    print(eg.subgroup(lambda e: isinstance(e, ValueError)))
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("x", 0.01))
        t2 = tg.create_task(fetch("y", 0.02))
    print(t1.result(), t2.result())


asyncio.run(main())
