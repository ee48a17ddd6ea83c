# for loop targets: tuples, nested tuples, starred, subscripts and attributes are allowed too.
pairs = [(1, "a"), (2, "b")]
for n, s in pairs:
    print(n, s)
for i, (n, s) in enumerate(pairs, 1):
    print(i, n, s)
for first, *rest in ["abc", "de"]:
    print(first, rest)
d = {"x": 1, "y": 2}
for k, v in d.items():
    print(k, v)
slots = [0, 0, 0]
for slots[1] in range(3):
    pass
print(slots)
for x in range(3):
    pass
print("loop variable after loop:", x)
