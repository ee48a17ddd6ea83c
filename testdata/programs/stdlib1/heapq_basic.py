# heapq: push/pop/heapify/replace/pushpop keep CPython's list order; nlargest, nsmallest, merge
import heapq
import random

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 3, 0]:
    heapq.heappush(h, x)
    print(h)
while h:
    print(heapq.heappop(h), h)

rng = random.Random(7)
data = [rng.randint(0, 50) for _ in range(40)]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 25), data)
print(heapq.heappushpop(data, 1), heapq.heappushpop(data, 30), data)
big = [rng.randint(0, 1000) for _ in range(3000)]
heapq.heapify(big)
print(sum(i * v for i, v in enumerate(big)))

tasks = []
for prio, name in [(2, "write"), (1, "read"), (2, "alpha"), (0, "boot")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])


class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f"Job({self.prio}, {self.name!r})"


jobs = [Job(3, "c"), Job(1, "a"), Job(2, "b")]
heapq.heapify(jobs)
print(jobs, heapq.heappop(jobs))

words = ["pear", "fig", "banana", "kiwi", "apple", "plum"]
print(heapq.nlargest(3, [4, 1, 7, 3, 9, 2]), heapq.nsmallest(2, [4, 1, 7, 3, 9, 2]))
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nsmallest(0, words), heapq.nlargest(10, [3, 1, 2]))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 5])))
print(list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len)))
print(list(heapq.merge([9, 4, 1], [8, 2], reverse=True)))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapreplace([], 1)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
