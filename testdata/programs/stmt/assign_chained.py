# Chained assignment binds every target to the same object, left to right.
a = b = c = 7
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
d = {}
d["k"] = e = d.get("missing", 3)
print(d, e)
i = lst = None
lst = [0, 0, 0]
i = lst[i] = 2 if i is None else 0
print(i, lst)
