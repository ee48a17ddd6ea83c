# range and len: steps, negative steps, empty ranges, indexing, repr, membership.
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], 9 in r, 10 in r, r.index(13), r.count(5))
print(range(0, 10, 2) == range(0, 9, 2), repr(range(3)), range(-5, -1)[-1])
print(len([1, 2]), len("abc"), len({"a": 1}), len((1,)), len(set()), len(range(0, 100, 7)))
print(sum(range(1, 101)), list(reversed(range(4))))
try:
    range(0, 1, 0)
except ValueError as e:
    print("ValueError:", e)
