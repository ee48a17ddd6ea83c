# Unpacking in list, tuple, set and dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 5), [0, *range(3), *"ab"])
print(sorted({*a, *b, 1}), {**{"x": 1}, "y": 2, **{"x": 3}})
first, *rest = [*b, *a]
print(first, rest)
print(*[1, 2, 3])
print([*[], *()], (*[],))
d = {"a": 1}
print({**d, **{}}, {"z": 0, **d})
