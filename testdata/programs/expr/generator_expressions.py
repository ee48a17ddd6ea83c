# Generator expressions are lazy; the first iterable is evaluated immediately.
log = []


def src(n):
    log.append("src")
    return range(n)


g = (x * 2 for x in src(3))
print(log)
print(next(g), log)
print(list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]))
print(any(x > 3 for x in [1, 5, 2]), all(x > 0 for x in [1, 2, 0]))
seen = []


def check(x):
    seen.append(x)
    return x > 2


print(any(check(x) for x in range(10)), seen)
print(list((a, b) for a in range(2) for b in "xy"))
print(sorted((v for v in [3, 1, 2]), reverse=True), tuple(c for c in "hey"))
total = sum(i for i in range(10) if i % 2 == 0)
print(total, type(x * 2 for x in []).__name__)
print(", ".join(str(n) for n in range(3)))
