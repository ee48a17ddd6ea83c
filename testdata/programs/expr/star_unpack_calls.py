# Star and double-star unpacking in calls, several of each, mixed with normal arguments.
def f(*args, **kwargs):
    return args, kwargs


a = [1, 2]
b = (3,)
k1 = {"x": 1}
k2 = {"y": 2}
print(f(*a))
print(f(0, *a, *b, 4))
print(f(**k1, **k2))
print(f(*a, z=0, **k1))
print(f(*"hi", *range(2)))
print(max(*a, *b), print(*a, sep="-"))


def g(a, b, c=0, *, d=0):
    return a + b + c + d


print(g(*[1, 2]), g(*[1], **{"b": 5, "d": 1}), g(**{"a": 1, "b": 1, "c": 1}))
try:
    f(**k1, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)
