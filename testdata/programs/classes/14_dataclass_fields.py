# field(): default_factory, repr=False, compare=False, init=False and
# __post_init__.
from dataclasses import dataclass, field


@dataclass
class Basket:
    owner: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    secret: str = field(default="xyz", repr=False, compare=False)
    count: int = field(init=False, default=0)

    def __post_init__(self):
        self.count = len(self.items)

    def add(self, item):
        self.items.append(item)
        self.count += 1


a, b = Basket("ann"), Basket("bob", ["egg"])
a.add("milk")
print(a, b)
print(a.items is not b.items, Basket("x").items, a.tags, a.secret)
print(Basket("x", secret="1") == Basket("x", secret="2"))
try:
    Basket("x", count=3)
except TypeError as e:
    print("TypeError:", e)
