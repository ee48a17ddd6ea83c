# One call site, o.speak(), sees many receivers and a class that changes
# between calls: compiled code caches the method per site and must notice
# every change.
import asyncio


class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name}: ..."


class Dog(Animal):
    def speak(self):
        return f"{self.name}: woof"


class Puppy(Dog):
    pass


class Empty:
    def speak(self):
        return "empty"


def loud(self):
    return f"{self.name}: LOUD"


def talk(items):
    return [o.speak() for o in items]


def call_all(items):
    out = []
    for o in items:
        out.append(o.speak())
    return out


a, d, p, e = Animal("a"), Dog("d"), Puppy("p"), Empty()
print(call_all([a, a, d, d, p, e, e, a]))
Dog.speak = loud
print(call_all([d, p, a]))
Animal.speak = lambda self: "replaced"
print(call_all([a, d, e]))
d.speak = lambda: "own attribute"
print(call_all([d, p, d]))
del d.speak
print(call_all([d, p]))
print(talk([p, p, e]))


class Counter:
    def __init__(self):
        self.n = 0

    async def bump(self, k):
        await asyncio.sleep(0)
        self.n += k
        return self.n


async def main():
    c = Counter()
    for i in range(5):
        print(await c.bump(i))
    Counter.bump = Counter.bump
    q = asyncio.Queue()
    for i in range(3):
        await q.put(i)
    print([q.get_nowait() for _ in range(3)])
    print("xyz".upper(), [1, 2].count(1))


asyncio.run(main())


def counts(objs):
    # One site, built-in receivers of several types.
    out = []
    for o in objs:
        out.append(o.count(1) if not isinstance(o, str) else o.count("1"))
    return out


print(counts([[1, 1], (1, 1, 2), "a1b1", [2], (1,), [1, 1, 1]]))
from collections import OrderedDict, defaultdict

for m in [{"a": 1}, OrderedDict(a=2), defaultdict(int, a=3), {"b": 4}]:
    print(type(m).__name__, m.get("a"), list(m.keys()))
