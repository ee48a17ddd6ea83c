# enumerate with start, zip of several iterables (shortest wins), dict(zip()), unzipping.
print(list(enumerate("abc")), list(enumerate(["x", "y"], 1)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(3), range(3, 6), "xyz")))
names = ["a", "b"]
ages = [1, 2]
print(dict(zip(names, ages)))
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
for i, (n, w) in enumerate(zip(nums, words)):
    print(i, n, w)
e = enumerate("xy")
print(next(e), next(e), next(e, "done"))
