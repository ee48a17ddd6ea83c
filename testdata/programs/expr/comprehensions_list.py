# List comprehensions: conditions, nested loops, nested comprehensions, tuple elements.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(3)] for i in range(3)])
print([c.upper() for c in "abc" if c != "b"])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])
x = "outer"
print([x for x in range(3)], x)
print([y for y in [x for x in range(4)] if y])
print([a + b for a, b in zip("abc", "xyz")])
print([i if i % 2 else None for i in range(4)])
