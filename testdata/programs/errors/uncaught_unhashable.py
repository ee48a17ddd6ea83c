# TypeError: unhashable type when a list is used as a dict key, uncaught.
seen = {}
for key in [(1, 2), [3, 4]]:
    seen[key] = True
    print(len(seen))
