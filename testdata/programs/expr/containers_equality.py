# Equality and membership on nested containers, mixing ints, floats and bools.
print([1, [2, 3]] == [1, [2, 3]], [1, 2] == [1.0, 2.0], (1, True) == (1, 1))
print({"a": [1, 2]} == {"a": [1, 2]}, {"a": 1} == {"a": 1, "b": 2})
print([1, 2] in [[1, 2], [3]], {"k": 1} in [{"k": 1}], 1.0 in [1, 2])
print([] == [], () == (), {} == {}, [] == (), [0] == [False])
a = [1, 2]
b = a
c = list(a)
print(a == b, a is b, a == c, a is c)
