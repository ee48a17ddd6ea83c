# AttributeError from a missing attribute on a value of a dynamic type, uncaught.
values = [[1, 2], "text"]
for v in values:
    print(type(v).__name__, v.count(1) if isinstance(v, list) else v.upper())
for v in values:
    v.append(3)
    print(v)
