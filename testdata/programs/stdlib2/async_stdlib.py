# functools, itertools and json used from coroutines: cached helpers, batching, round-trips
import asyncio
import json
from functools import lru_cache, partial, reduce
from itertools import islice, chain, groupby, count


@lru_cache(maxsize=32)
def score(word):
    return sum(ord(c) - 96 for c in word)


async def worker(name, words, results):
    for w in words:
        await asyncio.sleep(0)
        results.append({"worker": name, "word": w, "score": score(w)})
    return name


def batches(items, n):
    it = iter(items)
    while batch := list(islice(it, n)):
        yield batch


async def main():
    words = ["apple", "kiwi", "apple", "fig", "kiwi", "plum", "fig", "apple"]
    results = []
    names = await asyncio.gather(*(worker(f"w{i}", b, results) for i, b in enumerate(batches(words, 3))))
    print(names, score.cache_info())
    payload = json.dumps(results, sort_keys=True)
    back = json.loads(payload)
    print(back == results, len(payload))
    back.sort(key=lambda r: r["word"])
    summary = {k: [r["score"] for r in g] for k, g in groupby(back, key=lambda r: r["word"])}
    print(json.dumps(summary, indent=1))
    total = reduce(lambda a, r: a + r["score"], back, 0)
    add = partial(asyncio.sleep, 0)
    print(await add(result=total))
    ids = dict(zip(chain(words[:2], ["x"]), count(100)))
    print(json.dumps(ids))


asyncio.run(main())
