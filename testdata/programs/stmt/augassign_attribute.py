# Augmented assignment on attributes of an object reads and writes the attribute once each.
class Counter:
    def __init__(self):
        self.n = 0
        self.items = []


c = Counter()
c.n += 1
c.n += 41
c.items += ["a"]
c.items += ["b"]
print(c.n, c.items)
boxes = [Counter(), Counter()]
for i, b in enumerate(boxes):
    b.n -= i * 3
    b.n *= 2
print([b.n for b in boxes])
