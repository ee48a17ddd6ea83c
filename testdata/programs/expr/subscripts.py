# Subscript expressions: negative indices, nested containers, tuple keys, strings, ranges.
lst = [10, 20, 30, [40, [50, 60]]]
print(lst[0], lst[-1], lst[-1][1][-1], lst[3][0])
grid = {(0, 0): "origin", (1, 2): "p"}
print(grid[0, 0], grid[(1, 2)], grid.get((5, 5), "none"))
print("hello"[1], "hello"[-1], range(10, 20)[3], (1, 2, 3)[-2])
key = "b"
d = {"a": {"b": {"c": 42}}}
print(d["a"][key]["c"], [[1, 2], [3, 4]][1][0])
i = 0
vals = [5, 6, 7]
print(vals[i + 1], vals[len(vals) - 1], vals[vals[0] - 5])
