# IndexError from indexing past the end of a list, uncaught.
items = [1, 2, 3]
for i in range(5):
    print(items[i])
