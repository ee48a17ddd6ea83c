# __eq__ and __hash__ make instances usable in sets and as dict keys;
# __eq__ alone makes them unhashable.
class Key:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return self.name.lower() == other.name.lower()

    def __hash__(self):
        return hash(self.name.lower())

    def __repr__(self):
        return f"Key({self.name!r})"


d = {Key("A"): 1}
d[Key("a")] = 2
print(d, Key("x") == Key("X"), Key("x") != Key("y"), Key("x") == "x")
print(len({Key("b"), Key("B"), Key("c")}))


class NoHash:
    def __eq__(self, other):
        return True


print(NoHash() == 1, NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


p = Plain()
print(p == p, p == Plain(), len({p, p}))
