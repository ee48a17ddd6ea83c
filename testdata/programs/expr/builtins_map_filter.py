# map and filter are lazy iterators; map over several iterables; filter(None, ...).
print(list(map(str, [1, 2, 3])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a", None, [], [0]])))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
print(sum(map(int, "12345")), list(map(len, ["a", "bb"])), sorted(map(lambda s: s[::-1], ["ab", "cd"])))
print(list(map(pow, [2, 3], [3, 2])))
