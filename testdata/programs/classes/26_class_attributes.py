# Class attributes are shared until an instance shadows them; mutating a
# shared list is visible everywhere; class attributes set later.
class Registry:
    items = []
    limit = 2

    def add(self, x):
        if len(self.items) >= self.limit:
            return False
        self.items.append(x)
        return True


a, b = Registry(), Registry()
print(a.add(1), b.add(2), a.add(3), Registry.items, a.items is b.items)
a.limit = 5
print(a.add(3), b.add(4), a.limit, b.limit, Registry.limit)
Registry.version = "1.0"
print(a.version, hasattr(b, "version"), getattr(a, "missing", "default"))
setattr(b, "limit", 1)
print(b.limit, Registry.limit)
del a.limit
print(a.limit)
try:
    print(a.nothing)
except AttributeError as e:
    print("AttributeError:", e)
try:
    Registry.nothing
except AttributeError as e:
    print("AttributeError:", e)
