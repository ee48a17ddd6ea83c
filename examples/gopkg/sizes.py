"""Coroutines that Go code calls through the typed API asyncgen generates.

The "network" is simulated: a page's size is derived from its URL and
fetching it takes a deterministic delay, so CPython and the compiled
package return the same values.
"""
import asyncio


async def fetch_size(url: str, delay: float) -> int:
    await asyncio.sleep(delay)
    check(url)
    size = 0
    for ch in url:
        size = (size * 31 + ord(ch)) % 65521
    return size


def check(url):
    if url.startswith("bad:"):
        raise ValueError("cannot fetch " + url)


async def fetch_all(urls: list[str], *, limit: int = 4) -> dict[str, int]:
    """Fetches the URLs at most limit at a time, in batches."""
    sizes = {}
    for start in range(0, len(urls), limit):
        batch = urls[start:start + limit]
        pending = []
        for i, url in enumerate(batch):
            pending.append(fetch_size(url, 0.001 * (i % 3)))
        results = await asyncio.gather(*pending)
        for url, size in zip(batch, results):
            sizes[url] = size
    return sizes


async def largest(sizes: dict[str, int]) -> tuple[str, int] | None:
    best = None
    for url, size in sizes.items():
        if best is None or size > best[1]:
            best = (url, size)
    return best


async def total(pending) -> int:
    """Awaits coroutines made elsewhere (Go code makes them with the Async
    forms) concurrently and adds up their results."""
    results = await asyncio.gather(*pending)
    s = 0
    for r in results:
        s += r
    return s


async def wait_forever(note: str) -> None:
    await asyncio.sleep(3600)
