# Comprehension scopes: loop variables do not leak, the first iterable is evaluated outside, closures see the final value.
x = 10
res = [x for x in range(3)]
print(res, x)
n = 3
print([n * i for i in range(n)])
fs = [lambda: i for i in range(3)]
print([f() for f in fs])


def func():
    base = 100
    return [base + i for i in range(2)], {i: base for i in range(2)}


print(func())
rows = [[1, 2], [3, 4]]
print([[v * 10 for v in row] for row in rows], [sum(row) for row in rows])
