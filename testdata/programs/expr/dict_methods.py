# dict methods and insertion order: get, setdefault, pop, popitem, update, keys/values/items, fromkeys.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0), "a" in d, "z" not in d, len(d))
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d["n"].append(1)
print(d.pop("n"), d.pop("missing", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
del d["a"]
d["a"] = "back at the end"
print(d)
print(dict.fromkeys("abc", 0), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict(zip("xy", [1, 2])))
print({**d, "b": "override"}, d | {"q": 0})
c = d.copy()
c.clear()
print(c, len(d))
for k in d:
    print(k, end=" ")
print()
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
