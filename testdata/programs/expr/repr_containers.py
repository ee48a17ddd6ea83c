# repr and str of nested containers, quoting inside containers, empty containers.
print([1, "a", 2.5, None, True, (1,), [], {}, {"k": [1, {"n": None}]}])
print(str(["it's", 'say "hi"', "both ' \""]), repr("x"), str("x"))
print(((1, 2), [3, (4,)]), [[]], ({},), {"a": ()})
print({1: "one", "two": 2, (3,): [3], None: None, 2.5: False})
print(repr([1.0, -0.0, 1e100, 10 ** 20]))
x = [1, 2]
x.append(x)
print(x)
d = {}
d["self"] = d
print(d)
