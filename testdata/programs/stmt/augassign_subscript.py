# Augmented assignment on subscripts evaluates the container and the index once.
log = []


def key(k):
    log.append("key " + str(k))
    return k


def container(c):
    log.append("container")
    return c


d = {"a": 1}
container(d)[key("a")] += 10
print(d, log)
log.clear()
lst = [1, 2, 3]
container(lst)[key(-1)] *= 7
print(lst, log)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
    counts[w] += 0
print(counts)
nested = {"x": [0, 0]}
nested["x"][1] -= 5
print(nested)
m = [[1, 2], [3, 4]]
m[1][0] **= 2
print(m)
