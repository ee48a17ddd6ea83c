# from __future__ import annotations, typing names in annotations, a generic cache method awaiting factories, SystemExit(asyncio.run(...))
from __future__ import annotations

import asyncio
from typing import Any, Awaitable, Callable, Dict, List, Optional, TypeVar

T = TypeVar("T")


class Cache:
    store: Dict[str, Any]

    def __init__(self) -> None:
        self.store = {}

    async def get_or_set(self, key: str, factory: Callable[[], Awaitable[T]]) -> T:
        if key not in self.store:
            self.store[key] = await factory()
        return self.store[key]


async def compute(x: int) -> int:
    await asyncio.sleep(0)
    return x * 2


async def main(argv: Optional[List[str]] = None) -> int:
    cache = Cache()
    vals = [await cache.get_or_set(k, lambda k=k: compute(len(k))) for k in ["a", "bb", "a"]]
    print(vals, sorted(cache.store.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
