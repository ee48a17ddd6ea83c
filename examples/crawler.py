"""A polite crawler: at most MAX_CONCURRENT fetches at a time (a Semaphore),
a timeout per attempt, and retries with backoff for failures.

The network is simulated: each URL's latency and its failures are fixed in
SITE, so every run prints the same thing.
"""
import asyncio

MAX_CONCURRENT = 3
TIMEOUT = 0.06
RETRIES = 3

# url -> (latency in seconds per attempt, number of failing attempts, links)
SITE = {
    "/": (0.01, 0, ["/docs", "/blog", "/about"]),
    "/docs": (0.02, 1, ["/docs/install", "/docs/tour"]),
    "/blog": (0.01, 0, ["/blog/1", "/blog/2"]),
    "/about": (0.09, 0, []),
    "/docs/install": (0.01, 0, ["/"]),
    "/docs/tour": (0.045, 2, []),
    "/blog/1": (0.01, 4, []),
    "/blog/2": (0.02, 0, ["/docs"]),
}


class FetchError(Exception):
    pass


attempts = {}


async def fetch(url):
    latency, failures, links = SITE[url]
    n = attempts.get(url, 0) + 1
    attempts[url] = n
    await asyncio.sleep(latency)
    if n <= failures:
        raise FetchError(f"{url}: HTTP 503 on attempt {n}")
    return links


async def fetch_with_retries(sem, url):
    for attempt in range(1, RETRIES + 1):
        async with sem:
            try:
                return await asyncio.wait_for(fetch(url), TIMEOUT)
            except asyncio.TimeoutError:
                problem = "timed out"
            except FetchError as e:
                problem = str(e)
        print(f"  retry {url} after attempt {attempt}: {problem}")
        await asyncio.sleep(0.01 * 2 ** attempt)
    raise FetchError(f"{url}: gave up after {RETRIES} attempts")


async def crawl(start):
    sem = asyncio.Semaphore(MAX_CONCURRENT)
    seen = {start}
    frontier = [start]
    depth = 0
    pages, failed = [], []
    while frontier:
        print(f"depth {depth}: {', '.join(frontier)}")
        results = await asyncio.gather(
            *(fetch_with_retries(sem, url) for url in frontier),
            return_exceptions=True,
        )
        next_frontier = []
        for url, result in zip(frontier, results):
            if isinstance(result, Exception):
                failed.append(url)
                print(f"  failed {url}: {result}")
                continue
            pages.append(url)
            for link in result:
                if link not in seen:
                    seen.add(link)
                    next_frontier.append(link)
        frontier = sorted(next_frontier)
        depth += 1
    return pages, failed


async def main():
    pages, failed = await crawl("/")
    print(f"crawled {len(pages)} pages: {sorted(pages)}")
    print(f"failed: {failed}")
    print(f"attempts: {sum(attempts.values())}")


asyncio.run(main())
