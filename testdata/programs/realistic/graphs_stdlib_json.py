# Dijkstra and BFS with heapq/deque/defaultdict, lru_cache, gather with partial, json, Counter, groupby, islice
import asyncio
import heapq
import json
from collections import defaultdict, deque, Counter
from functools import lru_cache, partial
from itertools import islice, count, groupby
from typing import Optional, List, Dict


class Graph:
    def __init__(self, edges: List[tuple]):
        self.adj: Dict[str, List[tuple]] = defaultdict(list)
        for a, b, w in edges:
            self.adj[a].append((b, w))
            self.adj[b].append((a, w))

    def dijkstra(self, start: str) -> Dict[str, int]:
        dist = {start: 0}
        heap = [(0, start)]
        while heap:
            d, node = heapq.heappop(heap)
            if d > dist.get(node, float("inf")):
                continue
            for nxt, w in self.adj[node]:
                nd = d + w
                if nd < dist.get(nxt, float("inf")):
                    dist[nxt] = nd
                    heapq.heappush(heap, (nd, nxt))
        return dict(sorted(dist.items()))

    def bfs(self, start: str) -> List[str]:
        seen, order, q = {start}, [], deque([start])
        while q:
            n = q.popleft()
            order.append(n)
            for m, _ in sorted(self.adj[n]):
                if m not in seen:
                    seen.add(m)
                    q.append(m)
        return order


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


async def fetch(name: str, delay: float, result: Optional[int] = None) -> dict:
    await asyncio.sleep(delay)
    return {"name": name, "value": result if result is not None else len(name)}


async def main():
    g = Graph([("a", "b", 4), ("a", "c", 1), ("c", "b", 2), ("b", "d", 5), ("c", "d", 8)])
    print(g.dijkstra("a"), g.bfs("a"))
    print([fib(i) for i in range(15)], fib(90), fib.cache_info())
    results = await asyncio.gather(*(fetch(n, 0.01 * i) for i, n in enumerate(["x", "yy", "zzz"])),
                                   partial(fetch, "w", 0.0, 42)())
    print(json.dumps(results, indent=2, sort_keys=True))
    words = "the cat and the hat and the bat".split()
    c = Counter(words)
    print(c.most_common(2), sorted(c.elements())[:4])
    for k, grp in groupby(sorted(words, key=len), key=len):
        print(k, list(grp))
    print(list(islice(count(10, 5), 4)), json.loads('{"a": [1, 2.5, null, true]}'))

asyncio.run(main())
