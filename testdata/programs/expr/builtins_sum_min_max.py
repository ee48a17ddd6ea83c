# sum with a start value, min/max with key and default, over numbers and strings.
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([]), sum([[1], [2]], []))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("bca"))
print(max(["aa", "b", "cccc"], key=len), min([(2, "b"), (1, "z")]), max([], default="empty"))
print(min([3, -4, 2], key=abs), max(1, 2.5), max([1, 1.0]), max([1.0, 1]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
