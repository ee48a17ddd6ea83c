# Tuple/list unpacking: swaps, nested targets, unpacking from any iterable.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
[p, q, r] = "abc"
print(p, q, r)
m, (n, [o, s]) = 1, (2, [3, 4])
print(m, n, o, s)
k, v = {"one": 1}.popitem()
print(k, v)
first, second = range(2)
print(first, second)
lst = [0, 0]
lst[0], lst[1] = 10, 20
print(lst)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
