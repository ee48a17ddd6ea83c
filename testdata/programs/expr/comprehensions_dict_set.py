# Dict and set comprehensions, with conditions and nesting.
print({k: v for k, v in zip("abc", range(3))})
print({x: x ** 2 for x in range(6) if x % 2})
print(sorted({x % 4 for x in range(20)}))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print({w[0]: [v for v in words if v[0] == w[0]] for w in words})
print({(i, j): i * j for i in range(2) for j in range(2)})
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
print(sorted({len(w) for w in words}), {n: str(n) * n for n in range(1, 4)})
