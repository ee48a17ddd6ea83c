# Iterating dicts: keys, values, items; mutation during iteration raises RuntimeError.
d = {"one": 1, "two": 2, "three": 3}
for k in d:
    print(k, d[k])
for v in d.values():
    print(v, end=" ")
print()
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(reversed(d)), sorted(d.items(), key=lambda kv: kv[1]))
