# Class attributes as default values of methods (evaluated in the class
# body), a stateful plain-function decorator on a method, staticmethods
# called through self and the class, an async method with a default.
import asyncio

def log_calls(fn):
    calls = []
    def wrapper(self, *a):
        calls.append(a)
        return fn(self, *a), len(calls)
    wrapper.calls = calls
    return wrapper

class Pool:
    LIMIT = 4
    DEFAULT_NAME = "pool"

    def __init__(self, size=LIMIT, name=DEFAULT_NAME):
        self.size, self.name = size, name

    def scaled(self, k=LIMIT * 2):
        return self.size * k

    @log_calls
    def get(self, i):
        return i * self.size

    @staticmethod
    def clamp(n, hi=LIMIT):
        return min(n, hi)

    def clamped(self, n):
        return self.clamp(n) + Pool.clamp(n, 10)

    async def run(self, jobs=LIMIT):
        out = []
        for j in range(jobs):
            await asyncio.sleep(0)
            out.append(self.clamp(j))
        return out

p = Pool()
print(p.size, p.name, p.scaled(), Pool(2).scaled(1), p.get(3), p.get(5), Pool.get.calls)
print(p.clamped(7), Pool.clamp(9))
print(asyncio.run(p.run()), asyncio.run(Pool(1).run(6)))
