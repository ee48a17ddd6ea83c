# list methods: append, extend, insert, pop, remove, index, count, sort, reverse, copy, clear.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.insert(0, 2)
a.insert(-1, 6)
a.insert(100, 7)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a, a.index(4), a.count(1), a.count(42))
b = a.copy()
a.sort()
print(a, b)
a.sort(reverse=True)
print(a)
a.reverse()
print(a)
words = ["pear", "Apple", "fig", "banana"]
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
b.clear()
print(b, len(b))
print([1, 2] * 3, [0] * 0, [[]] * 2, [1, 2] + [3])
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [1].index(2)
except ValueError as e:
    print("ValueError:", e)
