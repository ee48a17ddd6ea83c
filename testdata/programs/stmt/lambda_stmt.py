# lambda: defaults, closures, use as key and in containers.
sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b}
print(ops["+"](3, 4), ops["-"](3, 4))
words = ["banana", "kiwi", "apple", "fig"]
print(sorted(words, key=lambda w: (len(w), w)))
make = lambda n: lambda x: x + n
print(make(5)(1))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
print((lambda *a, **k: (a, k))(1, 2, z=3))
