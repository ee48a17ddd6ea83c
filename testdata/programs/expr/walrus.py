# Assignment expressions (walrus) in if, while, comprehensions (binding the enclosing scope).
data = [1, 4, 9, 16]
if (n := len(data)) > 3:
    print("long list of", n)
it = iter(data)
while (v := next(it, None)) is not None:
    print("v", v)
print([y for x in data if (y := x * 2) > 5], y)
print([last := i for i in range(3)], last)


def f():
    vals = [(z := w) for w in "abc"]
    return vals, z


print(f())
print((a := 10) + a, a)
if any((hit := x) > 5 for x in data):
    print("first over 5:", hit)
