"""A token-bucket rate limiter shared by many tasks: at most RATE requests
per second after an initial burst of BURST. Each request prints when it was
allowed through, relative to the start, in tenths of a second."""
import asyncio

RATE = 10.0
BURST = 3


class TokenBucket:
    def __init__(self, rate, burst):
        self.rate = rate
        self.capacity = burst
        self.tokens = burst
        self.updated = None
        self.lock = asyncio.Lock()

    async def acquire(self):
        async with self.lock:
            loop = asyncio.get_running_loop()
            while True:
                now = loop.time()
                if self.updated is not None:
                    self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
                self.updated = now
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                await asyncio.sleep((1 - self.tokens) / self.rate)


async def client(name, bucket, requests, start, log):
    loop = asyncio.get_running_loop()
    for i in range(requests):
        await bucket.acquire()
        log.append((round(loop.time() - start, 1), f"{name}#{i}"))


async def main():
    bucket = TokenBucket(RATE, BURST)
    loop = asyncio.get_running_loop()
    start = loop.time()
    log = []
    await asyncio.gather(
        client("alice", bucket, 4, start, log),
        client("bob", bucket, 4, start, log),
        client("carol", bucket, 2, start, log),
    )
    for when, name in log:
        print(f"t={when:.1f}s {name}")
    print(f"{len(log)} requests in {log[-1][0]:.1f}s")


asyncio.run(main())
